import { Module } from '@nestjs/common';
import { EntriesModule } from '../entries/entries.module.js';
import { SocialModule } from '../social/social.module.js';
import { DiscoverRepository } from './discover.repository.js';
import { DiscoverResolver } from './discover.resolver.js';
import { DiscoverService } from './discover.service.js';

@Module({
  imports: [EntriesModule, SocialModule],
  providers: [DiscoverResolver, DiscoverService, DiscoverRepository],
})
export class DiscoverModule {}
