import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { DataExportController } from './data-export.controller.js';
import { DataExportRepository } from './data-export.repository.js';
import { DataExportResolver } from './data-export.resolver.js';
import { DataExportService } from './data-export.service.js';

@Module({
  imports: [AuthModule],
  controllers: [DataExportController],
  providers: [DataExportResolver, DataExportService, DataExportRepository],
})
export class DataExportModule {}
