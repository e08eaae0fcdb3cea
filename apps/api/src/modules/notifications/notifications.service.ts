import { Inject, Injectable, Logger } from '@nestjs/common';
import { isUuid } from '@tributary/db';
import { CHANNEL } from '@tributary/jobs';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { RedisService } from '../../common/redis.service.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { type NotificationObject } from './dto/notification.object.js';
import { type NewNotification, NotificationsRepository } from './notifications.repository.js';

/** Published on CHANNEL.notifications so every API process can push to its own SSE clients. */
export interface NotificationEvent {
  userId: string;
  notificationId: string;
}

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);
  private readonly channel: string;

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly redis: RedisService,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.channel = CHANNEL.notifications(config.QUEUE_PREFIX);
  }

  /**
   * Stores notifications (deduplicated, never to oneself or from someone the recipient blocks) and
   * announces them for live delivery. Live delivery is best effort: the rows are there either way.
   */
  async notify(items: NewNotification[]): Promise<void> {
    const created = await this.notifications.createMany(items);
    for (const notification of created) {
      const event: NotificationEvent = { userId: notification.userId, notificationId: notification.id };
      this.redis.client.publish(this.channel, JSON.stringify(event)).catch((error: Error) => {
        this.logger.warn(`could not publish notification ${notification.id}: ${error.message}`);
      });
    }
  }

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
