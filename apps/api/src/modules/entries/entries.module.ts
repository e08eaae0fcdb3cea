import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { EntriesRepository } from './entries.repository.js';
import { EntriesResolver } from './entries.resolver.js';
import { EntriesService } from './entries.service.js';

@Module({
  imports: [SourcesModule],
  providers: [EntriesResolver, EntriesService, EntriesRepository],
  exports: [EntriesService, SourcesModule],
})
export class EntriesModule {}
