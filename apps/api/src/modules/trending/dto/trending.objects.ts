import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntryObject } from '../../entries/dto/entry.object.js';
import { SourceObject } from '../../sources/dto/source.object.js';

export enum TrendingWindow {
  DAY = 'DAY',
  WEEK = 'WEEK',
}

registerEnumType(TrendingWindow, {
  name: 'TrendingWindow',
  description: 'DAY: activity of the last 24 hours, half-life 6 hours. WEEK: the last 7 days, half-life 36 hours.',
});

@ObjectType()
export class TrendingEntry {
  @Field(() => EntryObject)
  entry!: EntryObject;

  @Field(() => Float, { description: 'Sum over people of their strongest action (share 3, comment 2), halved every half-life since it happened.' })
  score!: number;

  @Field(() => Int, { description: 'Distinct people who shared or commented in the window.' })
  peopleCount!: number;

  @Field(() => Int, { description: 'Of them, people who shared it.' })
  sharesCount!: number;

  @Field(() => Int, { description: 'Of them, people who commented on it.' })
  commentsCount!: number;

  entryId!: string;
}

@ObjectType()
export class TrendingSource {
  @Field(() => SourceObject)
  source!: SourceObject;

  @Field(() => Float, { description: 'Sum over people of their strongest action (subscribe 2, share 3, comment 2 on its entries), with the same decay.' })
  score!: number;

  @Field(() => Int, { description: 'Distinct people active around it in the window.' })
  peopleCount!: number;

  @Field(() => Int, { description: 'People who subscribed in the window (and still are).' })
  newSubscribersCount!: number;

  sourceId!: string;
}

@ObjectType({ description: 'What members are sharing, discussing and subscribing to now. The same for every member (only public sources).' })
export class Trending {
  @Field(() => TrendingWindow)
  window!: TrendingWindow;

  @Field(() => Float)
  halfLifeHours!: number;

  @Field(() => [TrendingEntry])
  entries!: TrendingEntry[];

  @Field(() => [TrendingSource])
  sources!: TrendingSource[];
}
