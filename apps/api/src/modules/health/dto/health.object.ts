import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Whether the API and the services it depends on are working.' })
export class Health {
  @Field(() => Boolean, { description: 'True when the database and Redis both answer.' })
  ok: boolean;

  @Field(() => Boolean, { description: 'PostgreSQL answered a query.' })
  database: boolean;

  @Field(() => Boolean, { description: 'Redis answered a PING.' })
  redis: boolean;

  @Field(() => String)
  version: string;
}
