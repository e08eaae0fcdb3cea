import { Module } from '@nestjs/common';
import { EntriesModule } from '../entries/entries.module.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

/** Other modules (and the creators and invites features) notify through NotificationsService.notify. */
@Module({
  imports: [EntriesModule],
  providers: [NotificationsResolver, NotificationsService, NotificationsRepository],
  exports: [NotificationsService],
})
export class NotificationsModule {}
