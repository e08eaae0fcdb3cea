import { Module } from '@nestjs/common';
import { AuthModule } from '../modules/auth/auth.module.js';
import { RateLimitModule } from '../modules/rate-limit/rate-limit.module.js';
import { GraphQLContextFactory } from './context.factory.js';

@Module({
  imports: [AuthModule, RateLimitModule],
  providers: [GraphQLContextFactory],
  exports: [GraphQLContextFactory, RateLimitModule],
})
export class GraphQLContextModule {}
