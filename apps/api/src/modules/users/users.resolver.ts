import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Admin, Member, Public } from '../../common/auth/access.decorators.js';
import { CurrentViewer, OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { loadersOf } from '../../graphql/dataloader.plugin.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { UserConnection, UserObject } from './dto/user.object.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserObject)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Public()
  @Query(() => UserObject, { nullable: true, description: 'The signed-in person, or null.' })
  me(@OptionalViewer() viewer: Viewer | null): Promise<UserObject | null> {
    return this.users.me(viewer);
  }

  @Public()
  @Query(() => UserObject, { nullable: true, description: 'A public profile by handle (case-insensitive).' })
  user(@Args('handle') handle: string, @OptionalViewer() viewer: Viewer | null): Promise<UserObject | null> {
    return this.users.byHandle(handle, viewer);
  }

  @Member()
  @Mutation(() => UserObject, { description: 'Updates the viewer’s display name, bio or avatar URL.' })
  updateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserObject> {
    return this.users.updateProfile(viewer, input);
  }

  @Admin()
  @Query(() => UserConnection, { description: 'Every account, newest first (administrators).' })
  adminUsers(
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('query', { type: () => String, nullable: true, description: 'Handle prefix.' })
    query: string | null,
  ): Promise<UserConnection> {
    return this.users.list({ first, after, query });
  }

  @Admin()
  @Mutation(() => UserObject, {
    description: 'Suspends an account and signs it out everywhere (administrators).',
  })
  suspendUser(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<UserObject> {
    return this.users.suspend(viewer, id);
  }

  @Admin()
  @Mutation(() => UserObject, { description: 'Lifts a suspension (administrators).' })
  unsuspendUser(@Args('id', { type: () => ID }) id: string): Promise<UserObject> {
    return this.users.unsuspend(id);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'Who invited this person.' })
  invitedBy(@Parent() user: UserObject, @Context() context: RequestContext): Promise<UserObject | null> {
    return this.users.byId(loadersOf(context), user.invitedById);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Visible to the person and administrators only.',
  })
  email(
    @Parent() user: UserObject & { email: string },
    @OptionalViewer() viewer: Viewer | null,
  ): string | null {
    return this.users.canSeePrivateFields(user, viewer) ? user.email : null;
  }

  @ResolveField(() => Date, { nullable: true, description: 'Visible to the person and administrators only.' })
  suspendedAt(
    @Parent() user: UserObject & { suspendedAt: Date | null },
    @OptionalViewer() viewer: Viewer | null,
  ): Date | null {
    return this.users.canSeePrivateFields(user, viewer) ? user.suspendedAt : null;
  }
}
