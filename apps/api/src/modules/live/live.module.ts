import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { EntriesModule } from '../entries/entries.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { LiveHub } from './live-hub.service.js';
import { LiveResolver } from './live.resolver.js';

@Module({
  imports: [AuthModule, TimelineModule, EntriesModule, NotificationsModule],
  providers: [LiveResolver, LiveHub],
  exports: [LiveHub],
})
export class LiveModule {}
