import { Injectable } from '@nestjs/common';
import { isUuid } from '@tributary/db';
import { isStorableDate } from '../../common/date-range.util.js';
import { AppError } from '../../common/errors.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { type EntryObject } from '../entries/dto/entry.object.js';
import { toEntryRow } from '../entries/entries.repository.js';
import { EntriesService } from '../entries/entries.service.js';
import { TimelineView, type TimelineFilter } from './dto/timeline-filter.input.js';
import { TimelineRepository } from './timeline.repository.js';

export const TIMELINE_MAX_PAGE = 100;

@Injectable()
export class TimelineService {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly entries: EntriesService,
  ) {}

  /**
   * One page of the viewer's timeline, newest first. Items are entries (sorted by Entry.sortAt) and
   * shares by people the viewer follows (sorted by when they shared); the cursor is the last item's
   * (time, id), so pages stay exact while new items arrive.
   */
  async page(
    context: object,
    viewerId: string,
    first: number,
    after: string | null,
    filter: TimelineFilter | null,
  ): Promise<Page<EntryObject>> {
    const limit = pageSize(first, TIMELINE_MAX_PAGE);
    const scope = await this.scope(viewerId, filter);
    if (!scope)
      return toPage(
        [],
        limit,
        () => ({ at: new Date(0), id: '' }),
        (row: EntryObject) => row,
      );
    const rows = await this.timeline.page({ ...scope, after: decodeCursor(after), limit: limit + 1 });
    this.entries.prime(context, rows.map(toEntryRow));
    this.entries.primeStates(
      context,
      viewerId,
      rows.map((row) => ({ entryId: row.id, readAt: row.viewerReadAt, starredAt: row.viewerStarredAt })),
    );
    return toPage(
      rows,
      limit,
      (row) => ({ at: row.itemAt, id: row.itemId }),
      (row): EntryObject => ({
        ...toEntryRow(row),
        sharedBy:
          row.shareId && row.shareUserId
            ? { id: row.shareId, userId: row.shareUserId, note: row.shareNote ?? '', sharedAt: row.itemAt }
            : null,
      }),
    );
  }

  /** "Mark all older than this as read" over the filtered timeline; answers how many entries changed. */
  async markAllRead(viewerId: string, before: Date | null, filter: TimelineFilter | null): Promise<number> {
    const scope = await this.scope(viewerId, filter);
    if (!scope) return 0;
    const until = before ?? new Date();
    if (!isStorableDate(until))
      throw new AppError('BAD_USER_INPUT', 'before: is not a date', { field: 'before' });
    return this.timeline.markAllRead(scope, until);
  }

  visibleSourceIds(viewerId: string): Promise<string[]> {
    return this.timeline.visibleSourceIds(viewerId);
  }

  shareSourceUserIds(viewerId: string): Promise<string[]> {
    return this.timeline.shareSourceUserIds(viewerId);
  }

  /** The filter as query parameters; null when it can match nothing (an id that is not a UUID). */
  private async scope(viewerId: string, filter: TimelineFilter | null) {
    let folderId: string | null = null;
    if (filter?.folder) {
      folderId = await this.timeline.findFolderId(viewerId, filter.folder);
      if (!folderId) throw new AppError('NOT_FOUND', 'Folder not found.');
    }
    const sourceId = filter?.sourceId ?? null;
    if (sourceId !== null && !isUuid(sourceId)) return null;
    return {
      viewerId,
      view: filter?.view ?? TimelineView.ALL,
      unreadOnly: filter?.unreadOnly ?? false,
      sourceId,
      folderId,
    };
  }
}
