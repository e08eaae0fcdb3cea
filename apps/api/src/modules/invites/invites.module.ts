import { Module } from '@nestjs/common';
import { InvitesRepository } from './invites.repository.js';
import { InvitesResolver } from './invites.resolver.js';
import { InvitesService } from './invites.service.js';

@Module({ providers: [InvitesResolver, InvitesService, InvitesRepository] })
export class InvitesModule {}
