import { Module } from '@nestjs/common';
import { EntriesModule } from '../entries/entries.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SocialModule } from '../social/social.module.js';
import { CommentsRepository } from './comments.repository.js';
import { CommentsResolver, EntryCommentsResolver, NotificationCommentResolver } from './comments.resolver.js';
import { CommentsService } from './comments.service.js';

@Module({
  imports: [EntriesModule, SocialModule, NotificationsModule],
  providers: [CommentsResolver, EntryCommentsResolver, NotificationCommentResolver, CommentsService, CommentsRepository],
  exports: [CommentsService],
})
export class CommentsModule {}
