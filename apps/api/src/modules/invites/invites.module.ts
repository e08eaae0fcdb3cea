import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { InvitesRepository } from './invites.repository.js';
import { InvitesResolver } from './invites.resolver.js';
import { InvitesService } from './invites.service.js';

@Module({ imports: [UsersModule], providers: [InvitesResolver, InvitesService, InvitesRepository] })
export class InvitesModule {}
