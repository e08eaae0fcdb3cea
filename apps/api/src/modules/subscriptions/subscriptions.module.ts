import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { SubscriptionsResolver } from './subscriptions.resolver.js';
import { SubscriptionsService } from './subscriptions.service.js';

@Module({
  imports: [SourcesModule],
  providers: [SubscriptionsResolver, SubscriptionsService, SubscriptionsRepository],
  exports: [SubscriptionsService],
})
export class SubscriptionsModule {}
