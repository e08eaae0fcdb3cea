import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { AuthRepository } from './auth.repository.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { SessionActivity } from './session-activity.service.js';
import { SessionService } from './session.service.js';

@Module({
  imports: [RateLimitModule],
  providers: [
    AuthResolver,
    AuthService,
    AuthRepository,
    LoginThrottleService,
    PasswordService,
    SessionService,
    SessionActivity,
  ],
  exports: [SessionService, PasswordService, LoginThrottleService],
})
export class AuthModule {}
