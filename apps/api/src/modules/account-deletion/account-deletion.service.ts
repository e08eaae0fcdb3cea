import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import { type Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors.js';
import { boundedString, parseInput } from '../../common/validation.js';
import { PASSWORD_MAX } from '../auth/account-rules.util.js';
import { PasswordService } from '../auth/password.service.js';
import { SessionService } from '../auth/session.service.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';
import { AccountDeletionRepository } from './account-deletion.repository.js';

@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  constructor(
    private readonly repository: AccountDeletionRepository,
    private readonly passwords: PasswordService,
    private readonly rateLimits: RateLimitService,
    private readonly sessions: SessionService,
  ) {}

  /** Deletes the viewer's account after checking their password (docs/data-ownership.md). */
  async deleteAccount(viewer: Viewer, rawPassword: string): Promise<void> {
    const { password } = parseInput(z.object({ password: boundedString(PASSWORD_MAX, 1) }), { password: rawPassword });
    await this.rateLimits.consume('passwordChange', `user:${viewer.id}`);
    const user = await this.repository.findCredentials(viewer.id);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw new AppError('BAD_USER_INPUT', 'password: this is not your password; the account was not deleted.', { field: 'password' });
    }
    const summary = await this.repository.deleteAccount(viewer.id);
    // Their sessions went with the account; their open live streams end in every API process.
    await this.sessions.announceEnded({ userIds: [viewer.id] });
    // No handle or email in the log: only the opaque id and counts.
    this.logger.log(`account ${viewer.id} deleted: ${JSON.stringify(summary)}`);
  }
}
