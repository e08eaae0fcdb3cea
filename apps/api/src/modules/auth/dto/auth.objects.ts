import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../../users/dto/user.object.js';

@ObjectType()
export class AuthPayload {
  @Field(() => UserObject)
  user!: UserObject;
}

@ObjectType('Session', { description: 'A signed-in browser or app of the viewer.' })
export class SessionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field()
  lastSeenAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field({ description: 'Whether this is the session making the request.' })
  isCurrent!: boolean;
}
