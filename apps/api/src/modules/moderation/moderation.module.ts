import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module.js';
import { SocialModule } from '../social/social.module.js';
import { ModerationRepository } from './moderation.repository.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';

@Module({
  imports: [CommentsModule, SocialModule],
  providers: [ModerationResolver, ModerationService, ModerationRepository],
})
export class ModerationModule {}
