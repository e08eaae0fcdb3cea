import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Admin, Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { loadersOf } from '../../graphql/dataloader.plugin.js';
import { UserObject } from '../users/dto/user.object.js';
import { UsersService } from '../users/users.service.js';
import { CreateInviteInput, InviteConnection, InviteObject } from './dto/invite.object.js';
import { InvitesService } from './invites.service.js';

@Resolver(() => InviteObject)
export class InvitesResolver {
  constructor(
    private readonly invites: InvitesService,
    private readonly users: UsersService,
  ) {}

  @Member()
  @Query(() => [InviteObject], {
    description: 'Invites the viewer created, newest first, with who used them.',
  })
  myInvites(@CurrentViewer() viewer: Viewer): Promise<InviteObject[]> {
    return this.invites.listMine(viewer);
  }

  @Admin()
  @Query(() => InviteConnection, {
    description:
      'Every member’s invites, newest first (administrators). Notes are private to their creator: null on others’ invites.',
  })
  adminInvites(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<InviteConnection> {
    return this.invites.listAll(viewer, first, after);
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

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'Who made the invite (null: the system’s first-run code).',
  })
  createdBy(@Parent() invite: InviteObject, @Context() context: RequestContext): Promise<UserObject | null> {
    return this.users.byId(loadersOf(context), invite.createdById);
  }
}
