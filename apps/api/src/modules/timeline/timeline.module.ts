import { Module } from '@nestjs/common';
import { EntriesModule } from '../entries/entries.module.js';
import { TimelineRepository } from './timeline.repository.js';
import { TimelineResolver } from './timeline.resolver.js';
import { TimelineService } from './timeline.service.js';

@Module({
  imports: [EntriesModule],
  providers: [TimelineResolver, TimelineService, TimelineRepository],
  exports: [TimelineService],
})
export class TimelineModule {}
