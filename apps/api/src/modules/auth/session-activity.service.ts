import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { AuthRepository } from './auth.repository.js';

/** How often recorded session activity is written (one statement for every session seen since). */
export const SESSION_ACTIVITY_FLUSH_MS = 1_000;

/**
 * Session activity (`Session.lastSeenAt`, which idle expiry and the sessions list read) written in
 * batches: a request only records its session here, and once a second one UPDATE writes every session
 * seen since. A stream of distinct signed-in users would otherwise cost one UPDATE and one commit per
 * request, on the request's own path (docs/bench-timeline.md). Activity is minute-grained anyway, so
 * writing it up to a second late changes nothing a user can see; what is pending is written at shutdown.
 */
@Injectable()
export class SessionActivity implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SessionActivity.name);
  private pending = new Map<string, Date>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly repository: AuthRepository) {}

  /** Records that a session was used at `at`; written within SESSION_ACTIVITY_FLUSH_MS. */
  record(sessionId: string, at: Date): void {
    this.pending.set(sessionId, at);
    this.timer ??= setTimeout(() => void this.flush(), SESSION_ACTIVITY_FLUSH_MS).unref();
  }

  /** Writes what is pending now; resolves when it (and any earlier write) is done. Never throws. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    if (batch.size > 0) {
      this.flushing = this.flushing.then(() =>
        this.repository.touchSessions(batch).catch((error: unknown) => {
          this.logger.warn(`Could not record the activity of ${batch.size} sessions: ${(error as Error).message}`);
        }),
      );
    }
    return this.flushing;
  }

  /** At shutdown, before the database pool closes (PrismaService closes it last). */
  beforeApplicationShutdown(): Promise<void> {
    return this.flush();
  }
}
