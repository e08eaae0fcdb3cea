import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { SourcesModule } from '../sources/sources.module.js';
import { UsersModule } from '../users/users.module.js';
import { ClaimJobsService } from './claim-jobs.service.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsResolver } from './claims.resolver.js';
import { ClaimsService } from './claims.service.js';
import { NotificationClaimResolver } from './notification-claim.resolver.js';

@Module({
  imports: [RateLimitModule, SourcesModule, UsersModule],
  providers: [ClaimsResolver, NotificationClaimResolver, ClaimsService, ClaimsRepository, ClaimJobsService],
})
export class ClaimsModule {}
