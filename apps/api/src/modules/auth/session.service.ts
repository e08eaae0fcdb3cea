import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { LivePublisher } from '@tributary/domain';
import { SESSIONS_ENDED_MAX_IDS, type SessionsEndedEvent } from '@tributary/jobs';
import { type Request, type Response } from 'express';
import { type Viewer } from '../../common/auth/viewer.js';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AuthRepository, type NewSession } from './auth.repository.js';
import { SessionActivity } from './session-activity.service.js';
import {
  buildClearedSessionCookie,
  buildSessionCookie,
  readCookie,
  sessionCookieName,
} from './session-cookie.util.js';

const DAY_MS = 86_400_000;

/** Sessions that ended: these ids, and every session of these users. */
export interface EndedSessions {
  sessionIds?: readonly string[];
  userIds?: readonly string[];
}

export type EndedSessionsListener = (ended: SessionsEndedEvent) => void;

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

/** SHA-256 of a session token: what the database stores (a leaked table gives no usable cookies). */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Opaque server-side sessions: 256-bit CSPRNG tokens in an HttpOnly cookie, stored hashed, checked on
 * every request (so revocation is immediate), expiring after SESSION_TTL_DAYS or SESSION_IDLE_DAYS idle
 * (activity is recorded at most once a minute per session, in batches: SessionActivity).
 *
 * Sessions end here and nowhere else: every path that deletes session rows (sign-out, revocation,
 * password change, suspension, account deletion…) announces the ended sessions afterwards through
 * `announceEnded`, which every API process hears (Redis, CHANNEL.sessionsEnded) so that the live
 * streams opened with those sessions end too (LiveHub).
 */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);
  private readonly cookieName: string;
  private readonly endedListeners = new Set<EndedSessionsListener>();

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly repository: AuthRepository,
    private readonly activity: SessionActivity,
    private readonly live: LivePublisher,
  ) {
    this.cookieName = sessionCookieName(config.PUBLIC_WEB_URL);
  }

  /** A fresh token and the row to store for it. */
  newSession(ip: string, userAgent: string | undefined): { issued: IssuedSession; row: NewSession } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_DAYS * DAY_MS);
    return {
      issued: { token, expiresAt },
      row: {
        tokenHash: hashSessionToken(token),
        expiresAt,
        ip: ip || null,
        userAgent: userAgent?.slice(0, 512) ?? null,
      },
    };
  }

  /** The oldest lastSeenAt a session may have and still be valid. */
  idleSince(now = new Date()): Date {
    return new Date(now.getTime() - this.config.SESSION_IDLE_DAYS * DAY_MS);
  }

  tokenFrom(req: Request): string | undefined {
    const token = readCookie(req.headers.cookie, this.cookieName);
    return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
  }

  /** The viewer a request's session cookie stands for, or null (absent, unknown, expired, idle, suspended). */
  async resolveViewer(req: Request): Promise<Viewer | null> {
    const token = this.tokenFrom(req);
    if (!token) return null;
    const session = await this.repository.findSessionByTokenHash(hashSessionToken(token));
    if (!session) return null;
    const now = new Date();
    const { user } = session;
    const isExpired = session.expiresAt <= now || session.lastSeenAt <= this.idleSince(now);
    const isStale = user.passwordChangedAt !== null && session.createdAt < user.passwordChangedAt;
    if (isExpired || isStale || user.suspendedAt) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) this.activity.record(session.id, now);
    return { id: user.id, handle: user.handle, role: user.role, sessionId: session.id };
  }

  /** Of `ids`, the sessions still valid now, by the rule of resolveViewer; one query for all of them. */
  async validSessionIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set(await this.repository.findValidSessionIds(ids, this.idleSince()));
  }

  /** Ends one session (sign-out, revocation). Harmless when it has already ended. */
  async end(sessionId: string): Promise<void> {
    await this.announceEnded({ sessionIds: await this.repository.deleteSession(sessionId) });
  }

  /** Ends the session a cookie token stands for, if any (sign-out, rotation at sign-in). */
  async endByToken(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.announceEnded({
      sessionIds: await this.repository.deleteSessionByTokenHash(hashSessionToken(token)),
    });
  }

  /** Ends every session of the user but `keepSessionId`; answers how many ended. */
  async endOthers(userId: string, keepSessionId: string): Promise<number> {
    const ended = await this.repository.deleteOtherSessions(userId, keepSessionId);
    await this.announceEnded({ sessionIds: ended });
    return ended.length;
  }

  /** Deletes the user's expired or idle sessions (housekeeping at sign-in). */
  async endStale(userId: string): Promise<void> {
    await this.announceEnded({
      sessionIds: await this.repository.deleteStaleSessions(userId, this.idleSince()),
    });
  }

  /**
   * Tells this process and every other API process that sessions ended, once their rows are gone (or
   * can no longer be used: a suspended user's). Best effort: the rows are what counts, and while Redis
   * is unreachable the periodic re-check of open streams (LiveHub) ends them instead.
   */
  async announceEnded(ended: EndedSessions): Promise<void> {
    const sessionIds = [...(ended.sessionIds ?? [])];
    const userIds = [...(ended.userIds ?? [])];
    if (sessionIds.length === 0 && userIds.length === 0) return;
    const events = toSessionsEndedEvents(sessionIds, userIds);
    for (const event of events) {
      for (const listener of this.endedListeners) {
        try {
          listener(event);
        } catch (error) {
          this.logger.warn(`a sessions-ended listener failed: ${(error as Error).message}`);
        }
      }
    }
    await this.live.sessionsEnded(events);
  }

  /** Calls `listener` with the sessions this process ends (other processes' arrive over Redis). */
  onEnded(listener: EndedSessionsListener): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  writeCookie(res: Response, session: IssuedSession): void {
    const maxAge = (session.expiresAt.getTime() - Date.now()) / 1000;
    res.append('Set-Cookie', buildSessionCookie(this.config.PUBLIC_WEB_URL, session.token, maxAge));
  }

  clearCookie(res: Response): void {
    res.append('Set-Cookie', buildClearedSessionCookie(this.config.PUBLIC_WEB_URL));
  }
}

/** Splits ended ids into messages of at most SESSIONS_ENDED_MAX_IDS ids of each kind. */
export function toSessionsEndedEvents(sessionIds: string[], userIds: string[]): SessionsEndedEvent[] {
  const events: SessionsEndedEvent[] = [];
  for (let at = 0; at < Math.max(sessionIds.length, userIds.length); at += SESSIONS_ENDED_MAX_IDS) {
    events.push({
      sessionIds: sessionIds.slice(at, at + SESSIONS_ENDED_MAX_IDS),
      userIds: userIds.slice(at, at + SESSIONS_ENDED_MAX_IDS),
    });
  }
  return events;
}
