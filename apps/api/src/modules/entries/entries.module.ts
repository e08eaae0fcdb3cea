import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { EntriesRepository } from './entries.repository.js';
import { EntriesResolver } from './entries.resolver.js';
import { EntriesService } from './entries.service.js';
import { SourceEntriesResolver } from './source-entries.resolver.js';

@Module({
  imports: [SourcesModule],
  providers: [EntriesResolver, SourceEntriesResolver, EntriesService, EntriesRepository],
  exports: [EntriesService, SourcesModule],
})
export class EntriesModule {}
