import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { SocialRepository } from './social.repository.js';
import { NotificationActorResolver, SharedByResolver, SocialResolver } from './social.resolver.js';
import { SocialService } from './social.service.js';

@Module({
  imports: [UsersModule],
  providers: [SocialResolver, SharedByResolver, NotificationActorResolver, SocialService, SocialRepository],
  exports: [SocialService],
})
export class SocialModule {}
