import { Module } from '@nestjs/common';
import { SourceJobsService } from './source-jobs.service.js';
import { SourcesRepository } from './sources.repository.js';
import { SourcesResolver } from './sources.resolver.js';
import { SourcesService } from './sources.service.js';

@Module({
  providers: [SourcesResolver, SourcesService, SourcesRepository, SourceJobsService],
  exports: [SourcesService, SourcesRepository],
})
export class SourcesModule {}
