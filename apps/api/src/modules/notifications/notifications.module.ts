import { Module } from '@nestjs/common';
import { EntriesModule } from '../entries/entries.module.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

/** Reading notifications; every module writes them through NotificationWriter (@tributary/domain). */
@Module({
  imports: [EntriesModule],
  providers: [NotificationsResolver, NotificationsService, NotificationsRepository],
  exports: [NotificationsService],
})
export class NotificationsModule {}
