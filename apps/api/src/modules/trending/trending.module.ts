import { Module } from '@nestjs/common';
import { EntriesModule } from '../entries/entries.module.js';
import { TrendingRepository } from './trending.repository.js';
import { TrendingResolver } from './trending.resolver.js';
import { TrendingService } from './trending.service.js';

@Module({
  imports: [EntriesModule],
  providers: [TrendingResolver, TrendingService, TrendingRepository],
})
export class TrendingModule {}
