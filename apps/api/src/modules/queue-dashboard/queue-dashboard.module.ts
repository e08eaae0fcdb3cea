import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { QueueDashboard } from './queue-dashboard.service.js';

@Module({ imports: [AuthModule], providers: [QueueDashboard], exports: [QueueDashboard] })
export class QueueDashboardModule {}
