import { Injectable } from '@nestjs/common';
import { LivePublisher, NotificationWriter } from '@tributary/domain';
import { AppError } from '../../common/errors.js';
import { cleanFreeText } from '../../common/text.util.js';
import { loadersOf } from '../../graphql/dataloader.plugin.js';
import { CommentsService } from '../comments/comments.service.js';
import { EntriesService } from '../entries/entries.service.js';
import { type ShareInput, type ShareObject } from './dto/share.object.js';
import { SharesRepository } from './shares.repository.js';

const NOTE_MAX_LENGTH = 2_000;

@Injectable()
export class SharesService {
  constructor(
    private readonly shares: SharesRepository,
    private readonly entries: EntriesService,
    private readonly notifications: NotificationWriter,
    private readonly live: LivePublisher,
    private readonly comments: CommentsService,
  ) {}

  /** Shares an entry with the viewer's followers; people who commented on it hear about it once. */
  async share(context: object, viewerId: string, input: ShareInput): Promise<ShareObject> {
    const note = cleanFreeText(input.note ?? '').trim();
    if (note.length > NOTE_MAX_LENGTH) {
      throw new AppError('BAD_USER_INPUT', `note: must be at most ${NOTE_MAX_LENGTH} characters`, {
        field: 'note',
      });
    }
    const entry = await this.entries.byId(context, input.entryId);
    const { share, isNew } = await this.shares.upsert(viewerId, entry.id, note);
    this.entries.forget(context, entry.id);
    if (isNew) {
      await this.live.share({
        shareId: share.id,
        userId: viewerId,
        entryId: entry.id,
        note: share.note,
        sharedAt: share.createdAt.toISOString(),
      });
      const commenters = await this.comments.commenterIds(entry.id);
      await this.notifications.notify(
        commenters.map((userId) => ({
          userId,
          type: 'SHARE' as const,
          actorId: viewerId,
          entryId: entry.id,
          dedupeKey: `share:${viewerId}:${entry.id}`,
        })),
      );
    }
    return share;
  }

  async unshare(context: object, viewerId: string, entryId: string): Promise<boolean> {
    const entry = await this.entries.byId(context, entryId);
    if (!(await this.shares.remove(viewerId, entry.id)))
      throw new AppError('NOT_FOUND', 'You have not shared that entry.');
    this.entries.forget(context, entry.id);
    return true;
  }

  viewerHasShared(context: object, viewerId: string, entryId: string): Promise<boolean> {
    return loadersOf(context)
      .get<string, boolean>('viewerShared', async (ids) => {
        const shared = new Set(await this.shares.sharedAmong(viewerId, ids));
        return ids.map((id) => shared.has(id));
      })
      .load(entryId);
  }
}
