import { Injectable } from '@nestjs/common';
import { type User } from '@tributary/db';
import { AppError } from '../../common/errors.js';
import { pageSize } from '../../graphql/cursor.util.js';
import { type SourceObject } from '../sources/dto/source.object.js';
import { SourcesService } from '../sources/sources.service.js';
import { SocialService } from '../social/social.service.js';
import { type CreatorSuggestion, type Discover, type PersonSuggestion, type SourceSuggestion, SuggestionReasonKind } from './dto/discover.objects.js';
import { DiscoverRepository } from './discover.repository.js';
import { isUuid } from '@tributary/db';

export type DismissTarget = { sourceId: string } | { userId: string };

function people(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

@Injectable()
export class DiscoverService {
  constructor(
    private readonly discover: DiscoverRepository,
    private readonly sources: SourcesService,
    private readonly social: SocialService,
  ) {}

  async suggestions(context: object, viewerId: string, first: number): Promise<Discover> {
    const limit = pageSize(first, 50);
    const [sourceRows, peopleRows, creatorRows] = await Promise.all([
      this.discover.sources(viewerId, limit),
      this.discover.people(viewerId, limit),
      this.discover.creators(viewerId, limit),
    ]);
    const popularRows =
      sourceRows.length < limit ? await this.discover.popularSources(viewerId, limit - sourceRows.length, sourceRows.map((row) => row.id)) : [];

    const sources: SourceSuggestion[] = [
      ...sourceRows.map((row) => ({
        sourceId: row.id,
        reasonKind: SuggestionReasonKind.FOLLOWED_BY_PEOPLE_YOU_FOLLOW,
        reason: `Followed by ${people(row.followedByCount)} you follow`,
        followedByCount: row.followedByCount,
        sampleFollowerIds: row.sampleFollowerIds,
      })),
      ...popularRows.map((row) => ({
        sourceId: row.id,
        reasonKind: SuggestionReasonKind.POPULAR,
        reason: `Read by ${people(row.subscribersCount)} on Tributary`,
        followedByCount: 0,
        sampleFollowerIds: [],
      })),
    ].map((row) => ({ ...row, source: null as unknown as SourceObject, sampleFollowers: [] }));
    const persons: PersonSuggestion[] = peopleRows.map((row) => ({
      userId: row.id,
      user: null,
      reasonKind: SuggestionReasonKind.FOLLOWED_BY_PEOPLE_YOU_FOLLOW,
      reason: `Followed by ${people(row.followedByCount)} you follow`,
      followedByCount: row.followedByCount,
      sampleFollowerIds: row.sampleFollowerIds,
      sampleFollowers: [],
    }));
    const creators: CreatorSuggestion[] = creatorRows.map((row) => ({
      userId: row.id,
      user: null,
      reasonKind: SuggestionReasonKind.CREATOR_OF_SOURCES_YOU_READ,
      reason: row.sourceIds.length === 1 ? 'You read one of their sources' : `You read ${row.sourceIds.length} of their sources`,
      sourceIds: row.sourceIds,
      sourcesYouRead: [],
    }));

    // Every source and user the page names, loaded in one batch each.
    const loadSource = (id: string) => this.sources.load(context, id);
    const loadUser = (id: string) => this.social.loadUser(context, id);
    const present = <T>(values: (T | null)[]): T[] => values.filter((value): value is T => value !== null);
    await Promise.all([
      ...sources.map(async (item) => {
        const [source, followers] = await Promise.all([loadSource(item.sourceId), Promise.all(item.sampleFollowerIds.map(loadUser))]);
        item.source = source as SourceObject;
        item.sampleFollowers = present<User>(followers);
      }),
      ...persons.map(async (item) => {
        const [user, followers] = await Promise.all([loadUser(item.userId), Promise.all(item.sampleFollowerIds.map(loadUser))]);
        item.user = user;
        item.sampleFollowers = present<User>(followers);
      }),
      ...creators.map(async (item) => {
        const [user, owned] = await Promise.all([loadUser(item.userId), Promise.all(item.sourceIds.map(loadSource))]);
        item.user = user;
        item.sourcesYouRead = present<SourceObject>(owned);
      }),
    ]);
    return {
      sources: sources.filter((item) => item.source !== null),
      people: persons.filter((item) => item.user !== null),
      creators: creators.filter((item) => item.user !== null),
    };
  }

  async dismiss(viewerId: string, sourceId: string | null, userId: string | null): Promise<boolean> {
    const target = this.target(viewerId, sourceId, userId);
    if (!(await this.discover.dismiss(viewerId, target))) {
      throw new AppError('NOT_FOUND', 'sourceId' in target ? 'Source not found.' : 'User not found.');
    }
    return true;
  }

  async undismiss(viewerId: string, sourceId: string | null, userId: string | null): Promise<boolean> {
    await this.discover.undismiss(viewerId, this.target(viewerId, sourceId, userId));
    return true;
  }

  private target(viewerId: string, sourceId: string | null, userId: string | null): DismissTarget {
    if ((sourceId === null) === (userId === null)) {
      throw new AppError('BAD_USER_INPUT', 'Give exactly one of sourceId and userId.', { field: sourceId === null ? 'sourceId' : 'userId' });
    }
    const id = (sourceId ?? userId)!;
    if (!isUuid(id)) throw new AppError('NOT_FOUND', sourceId !== null ? 'Source not found.' : 'User not found.');
    if (userId === viewerId) throw new AppError('BAD_USER_INPUT', 'You are never suggested to yourself.', { field: 'userId' });
    return sourceId !== null ? { sourceId } : { userId: userId! };
  }
}
