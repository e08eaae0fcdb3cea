import { Module } from '@nestjs/common';
import { WebSubController } from './websub.controller.js';
import { WebSubRepository } from './websub.repository.js';
import { WebSubService } from './websub.service.js';

@Module({
  controllers: [WebSubController],
  providers: [WebSubService, WebSubRepository],
})
export class WebSubModule {}
