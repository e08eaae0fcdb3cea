import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { isUniqueViolation, isUuid, normalizeHandle, type User } from '@tributary/db';
import { z } from 'zod';
import { type Viewer } from '../../common/auth/viewer.js';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { boundedString, parseInput } from '../../common/validation.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import {
  displayNameSchema,
  emailSchema,
  handleSchema,
  newPasswordSchema,
  PASSWORD_MAX,
} from './account-rules.util.js';
import { AuthErrors } from './auth.errors.js';
import { AuthRepository } from './auth.repository.js';
import { type ChangePasswordInput, type LogInInput, type SignUpInput } from './dto/auth.inputs.js';
import { type SessionObject } from './dto/auth.objects.js';
import { PasswordService } from './password.service.js';
import { type IssuedSession, SessionService } from './session.service.js';

/** Where a request comes from: what sessions record and per-IP limits key on. */
export interface ClientInfo {
  ip: string;
  userAgent: string | undefined;
  /** The session token the browser sent, if any (rotated away at login). */
  currentToken: string | undefined;
}

const signUpSchema = z.object({
  inviteCode: boundedString(128, 1).trim(),
  handle: handleSchema,
  email: emailSchema,
  password: newPasswordSchema,
  displayName: displayNameSchema,
});

const logInSchema = z.object({
  login: boundedString(254, 1).trim(),
  password: boundedString(PASSWORD_MAX, 1),
});

const changePasswordSchema = z.object({
  currentPassword: boundedString(PASSWORD_MAX, 1),
  newPassword: newPasswordSchema,
});

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly repository: AuthRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** While nobody has signed up, BOOTSTRAP_INVITE_CODE becomes a single-use system invite. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.ensureBootstrapInvite();
    } catch (error) {
      this.logger.warn(`Could not prepare the bootstrap invite yet: ${(error as Error).message}`);
    }
  }

  private async ensureBootstrapInvite(): Promise<void> {
    const code = this.config.BOOTSTRAP_INVITE_CODE;
    if (!code || (await this.repository.countUsers()) > 0) return;
    await this.repository.ensureSystemInvite(code);
  }

  async signUp(raw: SignUpInput, client: ClientInfo): Promise<{ user: User; session: IssuedSession }> {
    await this.rateLimits.consumeForIp('signUp', client.ip);
    const input = parseInput(signUpSchema, raw);
    await this.rateLimits.consumeForIp('invite', client.ip);
    if (input.inviteCode === this.config.BOOTSTRAP_INVITE_CODE) await this.ensureBootstrapInvite();
    // Cheap refusal before the expensive hash; the transaction below is what actually decides.
    if (!(await this.repository.isInviteRedeemable(input.inviteCode))) throw AuthErrors.inviteInvalid();
    const passwordHash = await this.passwords.hash(input.password);
    const { issued, row } = this.sessions.newSession(client.ip, client.userAgent);
    try {
      const created = await this.repository.redeemInviteAndCreateAccount(
        input.inviteCode,
        {
          handle: input.handle,
          handleLower: normalizeHandle(input.handle),
          email: input.email,
          passwordHash,
          displayName: input.displayName,
        },
        row,
      );
      if (!created) throw AuthErrors.inviteInvalid();
      await this.revokeToken(client.currentToken);
      return { user: created.user, session: issued };
    } catch (error) {
      if (isUniqueViolation(error)) {
        const target = JSON.stringify(error.meta ?? {}) + error.message;
        throw /email/i.test(target) ? AuthErrors.emailTaken() : AuthErrors.handleTaken();
      }
      throw error;
    }
  }

  async logIn(raw: LogInInput, client: ClientInfo): Promise<{ user: User; session: IssuedSession }> {
    await this.rateLimits.consumeForIp('login', client.ip);
    const input = parseInput(logInSchema, raw);
    const login = input.login.toLowerCase();
    const user = await this.repository.findUserForLogin(
      login.includes('@') ? { email: login } : { handleLower: login },
    );
    // Per account whether it is named by handle or by email; unknown names are limited by name.
    await this.rateLimits.consume('loginAccount', user ? `user:${user.id}` : `login:${login}`);
    if (!user) {
      await this.passwords.verifyNothing(input.password);
      throw AuthErrors.wrongCredentials();
    }
    if (!(await this.passwords.verify(user.passwordHash, input.password)))
      throw AuthErrors.wrongCredentials();
    if (user.suspendedAt) throw AuthErrors.suspended();
    if (this.passwords.needsRehash(user.passwordHash)) {
      await this.repository.updatePasswordHash(user.id, await this.passwords.hash(input.password));
    }
    // Rotation: the browser's previous session (if any) ends; a new token is issued.
    await this.revokeToken(client.currentToken);
    await this.sessions.endStale(user.id);
    const { issued, row } = this.sessions.newSession(client.ip, client.userAgent);
    await this.repository.createSession(user.id, row);
    return { user, session: issued };
  }

  async logOut(viewer: Viewer | null, currentToken: string | undefined): Promise<void> {
    if (viewer) await this.sessions.end(viewer.sessionId);
    await this.revokeToken(currentToken);
  }

  async changePassword(viewer: Viewer, raw: ChangePasswordInput, client: ClientInfo): Promise<IssuedSession> {
    await this.rateLimits.consume('passwordChange', `user:${viewer.id}`);
    const input = parseInput(changePasswordSchema, raw);
    const user = await this.repository.findUserById(viewer.id);
    if (!user) throw AuthErrors.wrongCredentials();
    if (!(await this.passwords.verify(user.passwordHash, input.currentPassword)))
      throw AuthErrors.wrongCurrentPassword();
    const passwordHash = await this.passwords.hash(input.newPassword);
    const { issued, row } = this.sessions.newSession(client.ip, client.userAgent);
    const { endedSessionIds } = await this.repository.changePassword(viewer.id, passwordHash, row);
    await this.sessions.announceEnded({ sessionIds: endedSessionIds });
    return issued;
  }

  async listSessions(viewer: Viewer): Promise<SessionObject[]> {
    const sessions = await this.repository.listSessions(viewer.id, this.sessions.idleSince());
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      ip: session.ip,
      userAgent: session.userAgent,
      isCurrent: session.id === viewer.sessionId,
    }));
  }

  async revokeSession(viewer: Viewer, id: string): Promise<void> {
    const session = isUuid(id) ? await this.repository.findSession(id) : null;
    if (!session) throw AuthErrors.sessionNotFound();
    if (session.userId !== viewer.id) throw AuthErrors.notYourSession();
    await this.sessions.end(id);
  }

  logOutOtherSessions(viewer: Viewer): Promise<number> {
    return this.sessions.endOthers(viewer.id, viewer.sessionId);
  }

  private revokeToken(token: string | undefined): Promise<void> {
    return this.sessions.endByToken(token);
  }
}
