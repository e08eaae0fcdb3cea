import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { OpmlRepository } from './opml.repository.js';
import { OpmlResolver } from './opml.resolver.js';
import { OpmlService } from './opml.service.js';

@Module({
  imports: [RateLimitModule],
  providers: [OpmlResolver, OpmlService, OpmlRepository],
})
export class OpmlModule {}
