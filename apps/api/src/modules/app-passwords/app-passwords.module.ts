import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { AppPasswordsRepository } from './app-passwords.repository.js';
import { AppPasswordsResolver } from './app-passwords.resolver.js';
import { AppPasswordsService } from './app-passwords.service.js';

@Module({
  imports: [AuthModule, RateLimitModule],
  providers: [AppPasswordsResolver, AppPasswordsService, AppPasswordsRepository],
  exports: [AppPasswordsService],
})
export class AppPasswordsModule {}
