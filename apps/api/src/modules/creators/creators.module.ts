import { Module } from '@nestjs/common';
import { SourcesModule } from '../sources/sources.module.js';
import { UsersModule } from '../users/users.module.js';
import { CreatorsRepository } from './creators.repository.js';
import { CreatorEntryFieldsResolver, CreatorsResolver } from './creators.resolver.js';
import { CreatorsService } from './creators.service.js';

@Module({
  imports: [SourcesModule, UsersModule],
  providers: [CreatorsResolver, CreatorEntryFieldsResolver, CreatorsService, CreatorsRepository],
  exports: [CreatorsService],
})
export class CreatorsModule {}
