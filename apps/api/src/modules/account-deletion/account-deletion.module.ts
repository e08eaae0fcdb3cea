import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { AccountDeletionRepository } from './account-deletion.repository.js';
import { AccountDeletionResolver } from './account-deletion.resolver.js';
import { AccountDeletionService } from './account-deletion.service.js';

@Module({
  imports: [AuthModule, RateLimitModule],
  providers: [AccountDeletionResolver, AccountDeletionService, AccountDeletionRepository],
})
export class AccountDeletionModule {}
