import { Injectable, Logger } from '@nestjs/common';
import { type AppPassword, normalizeHandle } from '@tributary/db';
import { z } from 'zod';
import { AppError } from '../../common/errors.js';
import { nameText, parseInput } from '../../common/validation.js';
import { assertId } from '../../graphql/cursor.util.js';
import { LoginThrottleService } from '../auth/login-throttle.service.js';
import { PasswordService } from '../auth/password.service.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import {
  appPasswordLookup,
  feverApiKey,
  generateAppPassword,
  readerTokenFor,
  sha256Hex,
} from './app-password-secret.util.js';
import { AppPasswordErrors } from './app-passwords.errors.js';
import { AppPasswordsRepository, type CredentialRow, type SyncPrincipal } from './app-passwords.repository.js';

/** Active app passwords per person. */
export const MAX_APP_PASSWORDS = 25;

const createSchema = z.object({
  name: nameText(100).pipe(z.string().min(1, 'is required')),
  expiresInDays: z.number().int().min(1, 'must be at least 1').max(3650, 'must be at most 3650').nullish(),
});

export interface CreatedAppPassword {
  appPassword: AppPassword;
  /** The secret, shown this once. */
  secret: string;
}

/**
 * App passwords: what reader apps sign in with instead of the account password (docs/sync-api.md).
 * The secret is hashed with argon2id like account passwords; the Google Reader token and the Fever
 * api_key derived from it are kept as SHA-256 hashes (both are as random as the secret itself).
 * Credentials are checked with the sign-in protections: ClientLogin goes through the same per-address
 * limit and per-account throttle as logIn; token and api_key checks count failures per address against
 * the same per-address limit and refuse an address that used it up before looking at the credential.
 */
@Injectable()
export class AppPasswordsService {
  private readonly logger = new Logger(AppPasswordsService.name);

  constructor(
    private readonly repository: AppPasswordsRepository,
    private readonly passwords: PasswordService,
    private readonly rateLimits: RateLimitService,
    private readonly loginThrottle: LoginThrottleService,
  ) {}

  list(userId: string): Promise<AppPassword[]> {
    return this.repository.listActive(userId);
  }

  async create(userId: string, raw: { name: string; expiresInDays?: number | null }): Promise<CreatedAppPassword> {
    await this.rateLimits.consume('passwordChange', `user:${userId}`);
    const input = parseInput(createSchema, raw);
    if ((await this.repository.countActive(userId)) >= MAX_APP_PASSWORDS) {
      throw AppPasswordErrors.tooMany(MAX_APP_PASSWORDS);
    }
    const user = await this.repository.findUser(userId);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
    const secret = generateAppPassword();
    const appPassword = await this.repository.create({
      userId,
      name: input.name,
      lookup: appPasswordLookup(secret)!,
      secretHash: await this.passwords.hash(secret),
      tokenHash: sha256Hex(readerTokenFor(secret)),
      feverKeyHash: sha256Hex(feverApiKey(user.email, secret)),
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    });
    return { appPassword, secret };
  }

  async revoke(userId: string, id: string): Promise<boolean> {
    if (!(await this.repository.revoke(userId, assertId(id, 'AppPassword')))) throw AppPasswordErrors.notFound();
    return true;
  }

  /**
   * Google Reader ClientLogin: `login` is the account's email (or handle), `secret` an app password.
   * Answers the auth token. Throws UNAUTHENTICATED (one message for every refusal) or RATE_LIMITED.
   */
  async clientLogin(rawLogin: string, secret: string, ip: string): Promise<{ token: string; principal: SyncPrincipal }> {
    await this.rateLimits.consumeForIp('login', ip);
    const login = rawLogin.trim().toLowerCase().slice(0, 254);
    if (!login || !secret || secret.length > 256) throw AppPasswordErrors.refused();
    const user = await this.repository.findUserForLogin(
      login.includes('@') ? { email: login } : { handleLower: normalizeHandle(login) },
    );
    const attempt = {
      account: user ? `user:${user.id}` : `login:${login}`,
      ip,
      isKnownDevice: () => Promise.resolve(false),
      isKnownAddress: async () => user !== null && (await this.loginThrottle.isKnownAddress(user.id, ip)),
    };
    await this.loginThrottle.admit(attempt);
    const lookup = appPasswordLookup(secret);
    const row = user && lookup ? await this.repository.findByLookup(lookup) : null;
    if (!row || row.userId !== user?.id) {
      await this.passwords.verifyNothing(secret);
      throw AppPasswordErrors.refused();
    }
    if (!(await this.passwords.verify(row.secretHash, secret))) throw AppPasswordErrors.refused();
    await this.loginThrottle.succeeded(attempt);
    return {
      token: readerTokenFor(secret),
      principal: this.accept({ ...row, ...row.user, id: row.id, userId: row.userId }),
    };
  }

  /** The principal of a Google Reader auth token (`GoogleLogin auth=…`). */
  byReaderToken(token: string, ip: string): Promise<SyncPrincipal> {
    return this.byHash(ip, token, (hash) => this.repository.findByTokenHash(hash));
  }

  /** The principal of a Fever api_key (md5 hex of "email:app password"; compared in lowercase). */
  byFeverKey(apiKey: string, ip: string): Promise<SyncPrincipal> {
    return this.byHash(ip, apiKey.trim().toLowerCase(), (hash) => this.repository.findByFeverKeyHash(hash));
  }

  private async byHash(
    ip: string,
    credential: string,
    find: (hash: string) => Promise<CredentialRow | null>,
  ): Promise<SyncPrincipal> {
    // Both at once (one round trip each, in parallel); a refused address learns nothing of the lookup.
    const [isExhausted, row] = await Promise.all([
      this.rateLimits.isExhaustedForIp('login', ip),
      credential && credential.length <= 256 ? find(sha256Hex(credential)) : Promise.resolve(null),
    ]);
    if (isExhausted) {
      throw new AppError('RATE_LIMITED', 'Too many failed attempts from this address. Try again later.', {
        retryAfterSeconds: this.rateLimits.rule('login').windowSeconds,
      });
    }
    try {
      if (!row) throw AppPasswordErrors.refused();
      return this.accept(row);
    } catch (error) {
      await this.rateLimits.consumeForIp('login', ip);
      throw error;
    }
  }

  /** A matching app password still has to be live: not revoked, not expired, its person not suspended. */
  private accept(row: CredentialRow): SyncPrincipal {
    const isExpired = row.expiresAt !== null && row.expiresAt.getTime() <= Date.now();
    if (row.revokedAt || isExpired || row.suspendedAt) throw AppPasswordErrors.refused();
    // Last use is a courtesy for the settings page: recorded without holding the request up.
    this.repository.touch(row.id).catch((error: Error) => this.logger.warn(`app password last use: ${error.message}`));
    return {
      userId: row.userId,
      handle: row.handle,
      email: row.email,
      displayName: row.displayName,
      appPasswordId: row.id,
    };
  }
}
