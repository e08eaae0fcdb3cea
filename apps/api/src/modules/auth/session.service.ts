import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
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
 */
@Injectable()
export class SessionService {
  private readonly cookieName: string;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly repository: AuthRepository,
    private readonly activity: SessionActivity,
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

  writeCookie(res: Response, session: IssuedSession): void {
    const maxAge = (session.expiresAt.getTime() - Date.now()) / 1000;
    res.append('Set-Cookie', buildSessionCookie(this.config.PUBLIC_WEB_URL, session.token, maxAge));
  }

  clearCookie(res: Response): void {
    res.append('Set-Cookie', buildClearedSessionCookie(this.config.PUBLIC_WEB_URL));
  }
}
