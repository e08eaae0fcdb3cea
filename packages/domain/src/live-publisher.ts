import {
  CHANNEL,
  type NotificationEvent,
  type SessionsEndedEvent,
  type ShareEvent,
  type SourceEntriesEvent,
} from '@tributary/jobs';

/** The one Redis command live delivery needs (an ioredis client fits). */
export interface RedisPublishing {
  publish(channel: string, message: string): Promise<unknown>;
}

/** A stored notification, as far as live delivery needs it. */
export type Announceable = { id: string; userId: string };

/**
 * The one publisher of live events, used by both apps: new entries (worker), notifications (both),
 * shares and ended sessions (API). Every API process subscribes (LiveHub) and fans the events out to
 * its own streams. Best effort throughout: the rows are stored either way, and a missed event only
 * delays a live update (clients re-read when they reconnect), so failures are logged, never thrown.
 */
export class LivePublisher {
  private readonly channels: Record<'entries' | 'notifications' | 'shares' | 'sessionsEnded', string>;

  constructor(
    private readonly redis: RedisPublishing,
    prefix: string,
    private readonly warn: (message: string) => void,
  ) {
    this.channels = {
      entries: CHANNEL.sourceEntries(prefix),
      notifications: CHANNEL.notifications(prefix),
      shares: CHANNEL.shares(prefix),
      sessionsEnded: CHANNEL.sessionsEnded(prefix),
    };
  }

  async sourceEntries(event: SourceEntriesEvent): Promise<void> {
    if (event.entryIds.length === 0) return;
    await this.send(this.channels.entries, event, `new entries of ${event.sourceId}`);
  }

  async notifications(rows: readonly Announceable[]): Promise<void> {
    for (const row of rows) {
      const event: NotificationEvent = { userId: row.userId, notificationId: row.id };
      await this.send(this.channels.notifications, event, `notification ${row.id}`);
    }
  }

  async share(event: ShareEvent): Promise<void> {
    await this.send(this.channels.shares, event, `share ${event.shareId}`);
  }

  async sessionsEnded(events: readonly SessionsEndedEvent[]): Promise<void> {
    for (const event of events) {
      await this.send(
        this.channels.sessionsEnded,
        event,
        `${event.sessionIds.length + event.userIds.length} ended sessions/users`,
      );
    }
  }

  private async send(channel: string, event: unknown, what: string): Promise<void> {
    try {
      await this.redis.publish(channel, JSON.stringify(event));
    } catch (error) {
      this.warn(`could not publish ${what}: ${(error as Error).message}`);
    }
  }
}
