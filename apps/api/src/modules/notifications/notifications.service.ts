import { Injectable } from '@nestjs/common';
import { isUuid } from '@tributary/db';
import { AppError } from '../../common/errors.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { type NotificationObject } from './dto/notification.object.js';
import { NotificationsRepository } from './notifications.repository.js';

/**
 * Reading a person's notifications. Writing them is NotificationWriter's alone (@tributary/domain, shared
 * with the worker): deduplicated, never to oneself or from someone the recipient blocks, delivered live.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  async page(viewerId: string, first: number, after: string | null): Promise<Page<NotificationObject>> {
    const size = pageSize(first);
    const rows = await this.notifications.page(viewerId, size + 1, decodeCursor(after));
    return toPage(rows, size, (row) => ({ at: row.createdAt, id: row.id }), (row) => row);
  }

  /** A notification of the viewer's (live delivery re-reads it for its recipient). */
  async forRecipient(viewerId: string, id: string): Promise<NotificationObject | null> {
    const notification = await this.notifications.findById(id);
    return notification?.userId === viewerId ? notification : null;
  }

  unreadCount(viewerId: string): Promise<number> {
    return this.notifications.unreadCount(viewerId);
  }

  markRead(viewerId: string, ids: string[] | null | undefined, all: boolean | null | undefined): Promise<number> {
    if (all) return this.notifications.markRead(viewerId, 'all');
    if (!ids || ids.length === 0) {
      throw new AppError('BAD_USER_INPUT', 'ids: give the notifications to mark read, or all: true', { field: 'ids' });
    }
    if (ids.length > 500) throw new AppError('BAD_USER_INPUT', 'ids: at most 500 at once', { field: 'ids' });
    return this.notifications.markRead(viewerId, ids.filter(isUuid));
  }
}
