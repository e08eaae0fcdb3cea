import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FetchResult, ScheduleReason, SourceKind, SourceStatus } from '@tributary/db';
import { type SourceKind as ContractSourceKind } from '@tributary/jobs';
import { Connection } from '../../../graphql/connection.js';

registerEnumType(SourceKind, { name: 'SourceKind', description: 'The platform a source lives on.' });
registerEnumType(SourceStatus, {
  name: 'SourceStatus',
  description: 'PENDING (never fetched), OK, FAILING (recent fetches failed) or GONE (not fetched any more).',
});

registerEnumType(FetchResult, {
  name: 'FetchResult',
  description: 'What a fetch found: NEW_ENTRIES, NO_NEW_ENTRIES (the document changed, no new post), NOT_MODIFIED (304) or FAILED.',
});
registerEnumType(ScheduleReason, {
  name: 'ScheduleReason',
  description:
    'Why the next fetch is when it is: POSTING_RATE, SERVER_HINT (<ttl>, Cache-Control), MIN_INTERVAL / MAX_INTERVAL (FETCH_MIN_INTERVAL / FETCH_MAX_INTERVAL), BACKOFF (failing), RETRY_AFTER (the server said when), HOST_BUSY, PUSH (WebSub).',
});

/** Prisma's SourceKind enum is the contract's list (packages/jobs): a platform added to one must be added to the other. */
type IsSame<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SOURCE_KINDS_AGREE: IsSame<SourceKind, ContractSourceKind> = true;

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

  @Field(() => FetchResult, { nullable: true, description: 'What the last fetch found (null before the first).' })
  lastFetchResult!: FetchResult | null;

  @Field(() => Int, { description: 'Posts the last fetch stored that were not there before.' })
  lastFetchNewEntries!: number;
}

@ObjectType({ description: 'When a source is fetched next, and why.' })
export class SourceSchedule {
  @Field({ description: 'Whether the schedule polls it: only sources with subscribers (and not GONE) are polled.' })
  isPolled!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the next fetch is due; null when it is not polled.' })
  nextFetchAt!: Date | null;

  @Field(() => Int, { description: 'The interval the last fetch chose, seconds.' })
  intervalSeconds!: number;

  @Field(() => ScheduleReason, { nullable: true, description: 'Why; null before the first fetch.' })
  reason!: ScheduleReason | null;

  @Field(() => Float, { nullable: true, description: 'Estimated posts per day (null: not known yet).' })
  postsPerDay!: number | null;

  @Field({ description: 'The schedule in words ("Next fetch in about 2 hours: it posts about 6 times a day").' })
  explanation!: string;
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
  lastFetchResult!: FetchResult | null;
  lastFetchNewEntries!: number;
  scheduleReason!: ScheduleReason | null;
  fetchIntervalSeconds!: number;
  postsPerDay!: number | null;
  consecutiveFailures!: number;
}

@ObjectType()
export class SourceConnection extends Connection(SourceObject, 'Source') {}
