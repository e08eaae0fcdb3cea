import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { isUniqueViolation, isUuid, normalizeHandle, type User } from '@tributary/db';
import { NotificationWriter } from '@tributary/domain';
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
import { handleSkeleton } from './handle-skeleton.util.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { isBuiltFromContext } from './password-context.util.js';
import { PasswordService } from './password.service.js';
import { type IssuedSession, SessionService, hashSessionToken } from './session.service.js';

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
    private readonly notifications: NotificationWriter,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimitService,
    private readonly loginThrottle: LoginThrottleService,
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

  /**
   * Creates the account in one transaction with the invite's redemption (see the repository).
   *
   * Email enumeration: an address that already has an account gets the same generic BAD_USER_INPUT as
   * any refusal of the details (AuthErrors.accountNotCreated), never "this email exists", and after the
   * same work: the password is hashed before the transaction in every path, and the transaction is
   * rolled back whole, so the invite is not used up. Pretending success is not possible (a real
   * success signs the person in), so what is left to a prober (refused vs. created) is made costly:
   * each "created" spends an invite that names its inviter, and failed attempts are limited per invite
   * code (RATE_LIMIT_SIGNUP_INVITE) as well as per address. Handles stay named in their errors: they
   * are public on every profile anyway.
   */
  async signUp(raw: SignUpInput, client: ClientInfo): Promise<{ user: User; session: IssuedSession }> {
    await this.rateLimits.consumeForIp('signUp', client.ip);
    const input = parseInput(signUpSchema, raw);
    if (isBuiltFromContext(input.password, input)) throw AuthErrors.passwordFromContext('password');
    await this.rateLimits.consumeForIp('invite', client.ip);
    // Failed attempts per code: a success is refunded, so a multi-use code shared by many still works.
    const inviteSubject = `invite:${digest(input.inviteCode)}`;
    await this.rateLimits.consume('signUpInvite', inviteSubject);
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
          handleSkeleton: handleSkeleton(input.handle),
          email: input.email,
          passwordHash,
          displayName: input.displayName,
        },
        row,
      );
      if (!created) throw AuthErrors.inviteInvalid();
      await this.notifications.announce(created.notifications);
      await this.rateLimits.refund('signUpInvite', inviteSubject);
      await this.revokeToken(client.currentToken);
      await this.loginThrottle.rememberAddress(created.user.id, client.ip);
      return { user: created.user, session: issued };
    } catch (error) {
      if (isUniqueViolation(error)) {
        const target = JSON.stringify(error.meta ?? {}) + error.message;
        if (/email/i.test(target)) throw AuthErrors.accountNotCreated();
        throw /skeleton/i.test(target) ? AuthErrors.handleLooksTaken() : AuthErrors.handleTaken();
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
    // Per account whether it is named by handle or by email; unknown names are throttled by name.
    let isKnownDevice: Promise<boolean> | undefined;
    const attempt = {
      account: user ? `user:${user.id}` : `login:${login}`,
      ip: client.ip,
      isKnownDevice: () =>
        (isKnownDevice ??= user ? this.isKnownDevice(user.id, client) : Promise.resolve(false)),
      isKnownAddress: async () => user !== null && (await this.isKnownAddress(user.id, client)),
    };
    await this.loginThrottle.admit(attempt);
    if (!user) {
      await this.passwords.verifyNothing(input.password);
      throw AuthErrors.wrongCredentials();
    }
    if (!(await this.passwords.verify(user.passwordHash, input.password)))
      throw AuthErrors.wrongCredentials();
    await this.loginThrottle.succeeded(attempt);
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
    if (isBuiltFromContext(input.newPassword, user)) throw AuthErrors.passwordFromContext('newPassword');
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

  /** Whether the browser still holds a session of this account (even one that has gone idle). */
  private async isKnownDevice(userId: string, client: ClientInfo): Promise<boolean> {
    if (!client.currentToken) return false;
    const session = await this.repository.findSessionByTokenHash(hashSessionToken(client.currentToken));
    return session?.userId === userId;
  }

  /** Whether the account signed in from this address before (remembered at each success, or on a session). */
  private async isKnownAddress(userId: string, client: ClientInfo): Promise<boolean> {
    if (await this.loginThrottle.isKnownAddress(userId, client.ip)) return true;
    return this.repository.hasSessionFromIp(userId, client.ip);
  }

  private revokeToken(token: string | undefined): Promise<void> {
    return this.sessions.endByToken(token);
  }
}

/** Invite codes are secrets: limits key on a digest of the code, never the code itself. */
function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
