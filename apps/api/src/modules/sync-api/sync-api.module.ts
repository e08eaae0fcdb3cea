import { Module } from '@nestjs/common';
import { GraphQLContextModule } from '../../graphql/graphql-context.module.js';
import { AppPasswordsModule } from '../app-passwords/app-passwords.module.js';
import { EntriesModule } from '../entries/entries.module.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { FeverController } from './fever.controller.js';
import { FeverService } from './fever.service.js';
import { GReaderController } from './greader.controller.js';
import { GReaderService } from './greader.service.js';
import { SyncScopeService } from './sync-scope.service.js';
import { SyncRepository } from './sync.repository.js';

/** The Google Reader and Fever APIs for reader apps (docs/sync-api.md). */
@Module({
  imports: [AppPasswordsModule, SubscriptionsModule, EntriesModule, GraphQLContextModule],
  controllers: [GReaderController, FeverController],
  providers: [GReaderService, FeverService, SyncScopeService, SyncRepository],
})
export class SyncApiModule {}
