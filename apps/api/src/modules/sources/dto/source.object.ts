import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SourceKind, SourceStatus } from '@tributary/db';
import { Connection } from '../../../graphql/connection.js';

registerEnumType(SourceKind, { name: 'SourceKind', description: 'The platform a source lives on.' });
registerEnumType(SourceStatus, {
  name: 'SourceStatus',
  description: 'PENDING (never fetched), OK, FAILING (recent fetches failed) or GONE (not fetched any more).',
});

@ObjectType({ description: 'How fetching a source is going.' })
export class SourceHealth {
  @Field(() => SourceStatus)
  status!: SourceStatus;

  @Field(() => Date, { nullable: true })
  lastFetchedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastSuccessAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What went wrong last, in words a person understands.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current run of failures began.' })
  failingSince!: Date | null;

  @Field(() => Date, { description: 'When the next fetch is due.' })
  nextFetchAt!: Date;
}

/** The parent of Source fields: the Source row (see SourcesRepository). */
@ObjectType('Source', { description: 'A blog, newsletter, channel or account that Tributary follows.' })
export class SourceObject {
  @Field(() => ID)
  id!: string;

  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field({ description: 'The URL Tributary fetches (feed, channel page or API endpoint).' })
  url!: string;

  @Field(() => String, { nullable: true })
  siteUrl!: string | null;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => Int)
  subscribersCount!: number;

  @Field(() => Date, { nullable: true, description: 'Publication time of the newest entry.' })
  lastEntryAt!: Date | null;

  @Field()
  createdAt!: Date;

  // Not GraphQL fields by themselves: `health` resolves them.
  status!: SourceStatus;
  lastFetchedAt!: Date | null;
  lastSuccessAt!: Date | null;
  lastError!: string | null;
  failingSince!: Date | null;
  nextFetchAt!: Date;
}

@ObjectType()
export class SourceConnection extends Connection(SourceObject, 'Source') {}
