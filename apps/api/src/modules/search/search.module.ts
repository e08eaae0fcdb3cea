import { Module } from '@nestjs/common';
import { EntriesModule } from '../entries/entries.module.js';
import { SearchRepository } from './search.repository.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({
  imports: [EntriesModule],
  providers: [SearchResolver, SearchService, SearchRepository],
})
export class SearchModule {}
