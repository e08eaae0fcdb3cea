import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module.js';
import { LiveModule } from '../live/live.module.js';
import { EntriesModule } from '../entries/entries.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SocialModule } from '../social/social.module.js';
import { EntrySharesResolver, SharesResolver } from './shares.resolver.js';
import { SharesRepository } from './shares.repository.js';
import { SharesService } from './shares.service.js';

@Module({
  imports: [CommentsModule, EntriesModule, SocialModule, NotificationsModule, LiveModule],
  providers: [SharesResolver, EntrySharesResolver, SharesService, SharesRepository],
})
export class SharesModule {}
