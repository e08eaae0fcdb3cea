import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Admin, Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { CreateInviteInput, InviteObject } from './dto/invite.object.js';
import { InvitesService } from './invites.service.js';

@Resolver(() => InviteObject)
export class InvitesResolver {
  constructor(private readonly invites: InvitesService) {}

  @Member()
  @Query(() => [InviteObject], {
    description: 'Invites the viewer created, newest first, with who used them.',
  })
  myInvites(@CurrentViewer() viewer: Viewer): Promise<InviteObject[]> {
    return this.invites.listMine(viewer);
  }

  @Member()
  @Mutation(() => InviteObject, {
    description: 'Creates an invite code (members: single-use, within their quota).',
  })
  createInvite(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CreateInviteInput, nullable: true }) input: CreateInviteInput | null,
  ): Promise<InviteObject> {
    return this.invites.create(viewer, input);
  }

  @Member()
  @Mutation(() => InviteObject, { description: 'Revokes one of the viewer’s invites.' })
  revokeInvite(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InviteObject> {
    return this.invites.revoke(viewer, id);
  }

  @Admin()
  @Mutation(() => InviteObject, { description: 'Revokes anyone’s invite (administrators).' })
  adminRevokeInvite(@Args('id', { type: () => ID }) id: string): Promise<InviteObject> {
    return this.invites.adminRevoke(id);
  }
}
