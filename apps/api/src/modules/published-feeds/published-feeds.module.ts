import { Module } from '@nestjs/common';
import { PublishedFeedsController } from './published-feeds.controller.js';
import { PublishedFeedsRepository } from './published-feeds.repository.js';
import { PublishedFeedsResolver } from './published-feeds.resolver.js';
import { PublishedFeedsService } from './published-feeds.service.js';

@Module({
  controllers: [PublishedFeedsController],
  providers: [PublishedFeedsResolver, PublishedFeedsService, PublishedFeedsRepository],
})
export class PublishedFeedsModule {}
