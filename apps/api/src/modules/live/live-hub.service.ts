import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  CHANNEL,
  type NotificationEvent,
  notificationEvent,
  type SessionsEndedEvent,
  sessionsEndedEvent,
  type ShareEvent,
  shareEvent,
  type SourceEntriesEvent,
  sourceEntriesEvent,
} from '@tributary/jobs';
import { createPubSub } from 'graphql-yoga';
import { type Redis } from 'ioredis';
import { type Viewer } from '../../common/auth/viewer.js';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { RedisService } from '../../common/redis.service.js';
import { SessionService } from '../auth/session.service.js';
import { SessionStreams } from './session-streams.js';

type LiveTopics = {
  sourceEntries: [SourceEntriesEvent];
  share: [ShareEvent];
  notification: [userId: string, event: NotificationEvent];
};

/** How often every open stream's session is checked again (one query per process for all of them). */
export const SESSION_RECHECK_MS = 60_000;

/**
 * Live events across API processes. Both apps publish on Redis channels through the one LivePublisher
 * (@tributary/domain): new entries, notifications, shares, ended sessions; each API process holds one subscriber connection and fans the events out
 * in memory to its own SSE clients. Redis pub/sub is fire-and-forget: a client that was disconnected
 * catches up by re-reading its timeline, not from a replay.
 *
 * Every stream is bound to the session that opened it (`bindToSession`) and ends (the SSE response
 * completes) when that session ends: at once when a process announces it (SessionService.announceEnded,
 * CHANNEL.sessionsEnded), and otherwise within SESSION_RECHECK_MS, when the periodic re-check finds the
 * session expired, idle, deleted or suspended (an announcement lost while Redis was unreachable).
 */
@Injectable()
export class LiveHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveHub.name);
  private readonly pubSub = createPubSub<LiveTopics>();
  private readonly streams = new SessionStreams();
  private readonly channels: {
    entries: string;
    notifications: string;
    shares: string;
    sessionsEnded: string;
  };
  private subscriber?: Redis;
  private recheckTimer?: NodeJS.Timeout;
  private stopListening?: () => void;
  private rechecking: Promise<void> | null = null;

  constructor(
    @Inject(API_CONFIG) config: ApiConfig,
    private readonly redis: RedisService,
    private readonly sessions: SessionService,
  ) {
    this.channels = {
      entries: CHANNEL.sourceEntries(config.QUEUE_PREFIX),
      notifications: CHANNEL.notifications(config.QUEUE_PREFIX),
      shares: CHANNEL.shares(config.QUEUE_PREFIX),
      sessionsEnded: CHANNEL.sessionsEnded(config.QUEUE_PREFIX),
    };
  }

  onModuleInit(): void {
    const subscriber = this.redis.connect('live-subscriber');
    this.subscriber = subscriber;
    const channels = Object.values(this.channels);
    // Subscribe on every (re)connect: the connection fails fast while Redis is down.
    subscriber.on('ready', () => {
      subscriber.subscribe(...channels).catch((error: Error) => {
        this.logger.warn(`could not subscribe to live channels: ${error.message}`);
      });
    });
    subscriber.on('message', (channel: string, message: string) => this.dispatch(channel, message));
    // This process's own announcements end its streams even while Redis is unreachable.
    this.stopListening = this.sessions.onEnded((event) => this.endSessions(event));
    this.recheckTimer = setInterval(() => void this.recheckSessions(), SESSION_RECHECK_MS).unref();
  }

  /**
   * `source` as a stream that ends when `viewer`'s session does. Every live subscription goes through
   * here; the client sees its SSE response complete and, reconnecting, gets UNAUTHENTICATED.
   */
  bindToSession<T>(viewer: Pick<Viewer, 'id' | 'sessionId'>, source: AsyncIterable<T>): AsyncIterable<T> {
    return this.streams.bind({ sessionId: viewer.sessionId, userId: viewer.id }, source);
  }

  /** How many streams this process holds open (for tests and diagnostics). */
  openStreamCount(): number {
    return this.streams.size;
  }

  /**
   * Checks the session of every open stream in one query and ends the streams whose session is no longer
   * valid. Runs every SESSION_RECHECK_MS; a run still going when the next is due is joined, not repeated.
   */
  recheckSessions(): Promise<void> {
    this.rechecking ??= this.recheck().finally(() => {
      this.rechecking = null;
    });
    return this.rechecking;
  }

  private async recheck(): Promise<void> {
    const sessionIds = this.streams.sessionIds();
    if (sessionIds.length === 0) return;
    try {
      const valid = await this.sessions.validSessionIds(sessionIds);
      const ended = sessionIds.filter((id) => !valid.has(id));
      if (ended.length > 0) this.streams.endSessions(ended);
    } catch (error) {
      // Unknown is not ended: the next run decides.
      this.logger.warn(
        `could not re-check the sessions of ${sessionIds.length} live streams: ${(error as Error).message}`,
      );
    }
  }

  private endSessions(event: SessionsEndedEvent): void {
    this.streams.endSessions(event.sessionIds);
    this.streams.endUsers(event.userIds);
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
      } else if (channel === this.channels.sessionsEnded) {
        this.endSessions(sessionsEndedEvent.parse(data));
      }
    } catch (error) {
      this.logger.warn(`ignored a malformed live event on ${channel}: ${(error as Error).message}`);
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.recheckTimer);
    this.stopListening?.();
    this.subscriber?.disconnect();
    // Open SSE responses complete, so clients reconnect (to another process) and the server can close.
    this.streams.endAll();
  }
}
