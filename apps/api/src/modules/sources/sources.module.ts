import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { SourcesRepository } from './sources.repository.js';
import { SourcesResolver } from './sources.resolver.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [RateLimitModule],
  providers: [SourcesResolver, SourcesService, SourcesRepository],
  exports: [SourcesService, SourcesRepository],
})
export class SourcesModule {}
