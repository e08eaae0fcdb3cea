import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CHANNEL, type ShareEvent, shareEvent, type SourceEntriesEvent, sourceEntriesEvent } from '@tributary/jobs';
import { createPubSub } from 'graphql-yoga';
import { type Redis } from 'ioredis';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { RedisService } from '../../common/redis.service.js';
import { type NotificationEvent } from '../notifications/notifications.service.js';

const notificationEvent = z.object({ userId: z.string(), notificationId: z.string() });

type LiveTopics = {
  sourceEntries: [SourceEntriesEvent];
  share: [ShareEvent];
  notification: [userId: string, event: NotificationEvent];
};

/**
 * Live events across API processes. The worker (new entries) and every API process (notifications)
 * publish on Redis channels; each API process holds one subscriber connection and fans the events out
 * in memory to its own SSE clients. Redis pub/sub is fire-and-forget: a client that was disconnected
 * catches up by re-reading its timeline, not from a replay.
 */
@Injectable()
export class LiveHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveHub.name);
  private readonly pubSub = createPubSub<LiveTopics>();
  private readonly channels: { entries: string; notifications: string; shares: string };
  private subscriber?: Redis;

  constructor(
    @Inject(API_CONFIG) config: ApiConfig,
    private readonly redis: RedisService,
  ) {
    this.channels = {
      entries: CHANNEL.sourceEntries(config.QUEUE_PREFIX),
      notifications: CHANNEL.notifications(config.QUEUE_PREFIX),
      shares: CHANNEL.shares(config.QUEUE_PREFIX),
    };
  }

  onModuleInit(): void {
    const subscriber = this.redis.connect('live-subscriber');
    this.subscriber = subscriber;
    // Subscribe on every (re)connect: the connection fails fast while Redis is down.
    subscriber.on('ready', () => {
      subscriber.subscribe(this.channels.entries, this.channels.notifications, this.channels.shares).catch((error: Error) => {
        this.logger.warn(`could not subscribe to live channels: ${error.message}`);
      });
    });
    subscriber.on('message', (channel: string, message: string) => this.dispatch(channel, message));
  }

  sourceEntries() {
    return this.pubSub.subscribe('sourceEntries');
  }

  notifications(userId: string) {
    return this.pubSub.subscribe('notification', userId);
  }

  shares() {
    return this.pubSub.subscribe('share');
  }

  /** Tells every API process about a new share. Best effort: the share is stored either way. */
  async publishShare(event: ShareEvent): Promise<void> {
    try {
      await this.redis.client.publish(this.channels.shares, JSON.stringify(event));
    } catch (error) {
      this.logger.warn(`could not publish share ${event.shareId}: ${(error as Error).message}`);
    }
  }

  private dispatch(channel: string, message: string): void {
    try {
      const data: unknown = JSON.parse(message);
      if (channel === this.channels.entries) {
        this.pubSub.publish('sourceEntries', sourceEntriesEvent.parse(data));
      } else if (channel === this.channels.notifications) {
        const event = notificationEvent.parse(data);
        this.pubSub.publish('notification', event.userId, event);
      } else if (channel === this.channels.shares) {
        this.pubSub.publish('share', shareEvent.parse(data));
      }
    } catch (error) {
      this.logger.warn(`ignored a malformed live event on ${channel}: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
  }
}
