import { Module } from '@nestjs/common';
import { AuthModule } from '../modules/auth/auth.module.js';
import { RateLimitModule } from '../modules/rate-limit/rate-limit.module.js';
import { GraphQLContextFactory } from './context.factory.js';
import { StreamLimiter } from './stream-limiter.service.js';

@Module({
  imports: [AuthModule, RateLimitModule],
  providers: [GraphQLContextFactory, StreamLimiter],
  exports: [GraphQLContextFactory, StreamLimiter, RateLimitModule],
})
export class GraphQLContextModule {}
