import { Module } from '@nestjs/common';
import { WebSubController } from './websub.controller.js';
import { WebSubJobs } from './websub-jobs.service.js';
import { WebSubRepository } from './websub.repository.js';
import { WebSubService } from './websub.service.js';

@Module({
  controllers: [WebSubController],
  providers: [WebSubService, WebSubRepository, WebSubJobs],
})
export class WebSubModule {}
