import { Injectable } from '@nestjs/common';
import { type Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors.js';
import { loadersOf } from '../../graphql/dataloader.plugin.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { type EntryObject } from '../entries/dto/entry.object.js';
import { type SourceRow } from '../sources/sources.repository.js';
import { SourcesService } from '../sources/sources.service.js';
import { UsersService } from '../users/users.service.js';
import { CreatorsRepository } from './creators.repository.js';

/**
 * A creator is a member with at least one verified source. Their profile shows every verified source
 * across platforms; following them brings all of those into the follower's timeline (the timeline
 * reads VERIFIED claims of followed people, so sources verified later join by themselves).
 */
@Injectable()
export class CreatorsService {
  constructor(
    private readonly creators: CreatorsRepository,
    private readonly users: UsersService,
    private readonly sources: SourcesService,
  ) {}

  /** A user's verified sources (batched per request across every User on a page). */
  verifiedSources(context: object, userId: string): Promise<SourceRow[]> {
    return loadersOf(context)
      .get<string, SourceRow[]>('creatorVerifiedSources', async (ids) => {
        const rows = await this.creators.verifiedSources(ids);
        this.sources.prime(
          context,
          rows.map((row) => row.source),
        );
        return ids.map((id) => rows.filter((row) => row.userId === id).map((row) => row.source));
      })
      .load(userId);
  }

  async isVerifiedCreator(context: object, userId: string): Promise<boolean> {
    return (await this.verifiedSources(context, userId)).length > 0;
  }

  /** The verified owner of a source (batched together with Source.claimedBy). */
  ownerOf(context: object, sourceId: string): Promise<{ id: string } | null> {
    return this.sources.verifiedOwner(context, sourceId);
  }

  /** Whether `userId` is the verified owner of `sourceId`. */
  async ownsSource(context: object, userId: string | null, sourceId: string): Promise<boolean> {
    if (!userId) return false;
    return (await this.ownerOf(context, sourceId))?.id === userId;
  }

  async entries(
    context: object,
    handle: string,
    viewer: Viewer | null,
    first: number,
    after: string | null,
  ): Promise<Page<EntryObject>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const user = await this.users.byHandle(handle, viewer);
    if (!user) throw new AppError('NOT_FOUND', 'No member with that handle.');
    const rows = await this.creators.entries(user.id, size + 1, cursor);
    return toPage(
      rows,
      size,
      (row) => ({ at: row.sortAt, id: row.id }),
      (row) => row,
    );
  }
}
