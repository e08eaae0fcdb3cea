import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type User } from '@tributary/db';
import { Member, Public } from '../../common/auth/access.decorators.js';
import { CurrentViewer, OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { SharedByObject } from '../entries/dto/entry.object.js';
import { NotificationObject } from '../notifications/dto/notification.object.js';
import { UserConnection, UserObject } from '../users/dto/user.object.js';
import { SocialService } from './social.service.js';

/** Social fields of `User` (the accounts module owns the type) and the follow/block operations. */
@Resolver(() => UserObject)
export class SocialResolver {
  constructor(private readonly social: SocialService) {}

  @Member()
  @Mutation(() => UserObject, { description: 'Follows a person; a verified creator’s sources join the timeline.' })
  follow(@CurrentViewer() viewer: Viewer, @Args('handle') handle: string): Promise<User> {
    return this.social.follow(viewer.id, handle);
  }

  @Member()
  @Mutation(() => UserObject)
  unfollow(@CurrentViewer() viewer: Viewer, @Args('handle') handle: string): Promise<User> {
    return this.social.unfollow(viewer.id, handle);
  }

  @Member()
  @Mutation(() => UserObject, {
    description: 'Blocks a person: their comments and shares are hidden from the viewer, follows both ways end, and they cannot follow or mention the viewer.',
  })
  block(@CurrentViewer() viewer: Viewer, @Args('handle') handle: string): Promise<User> {
    return this.social.block(viewer.id, handle);
  }

  @Member()
  @Mutation(() => UserObject)
  unblock(@CurrentViewer() viewer: Viewer, @Args('handle') handle: string): Promise<User> {
    return this.social.unblock(viewer.id, handle);
  }

  @Member()
  @Query(() => [UserObject], { description: 'People the viewer blocks.' })
  blockedUsers(@CurrentViewer() viewer: Viewer): Promise<User[]> {
    return this.social.blockedUsers(viewer.id);
  }

  @Public()
  @Query(() => UserConnection, { description: 'Who follows a person, most recent first.' })
  followers(
    @Args('handle') handle: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<UserConnection> {
    return this.social.followers(handle, first, after);
  }

  @Public()
  @Query(() => UserConnection, { description: 'Whom a person follows, most recent first.' })
  following(
    @Args('handle') handle: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<UserConnection> {
    return this.social.following(handle, first, after);
  }

  @ResolveField(() => Int)
  followersCount(@Parent() user: UserObject, @Context() context: RequestContext): Promise<number> {
    return this.social.followersCount(context, user.id);
  }

  @ResolveField(() => Int)
  followingCount(@Parent() user: UserObject, @Context() context: RequestContext): Promise<number> {
    return this.social.followingCount(context, user.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows this person (false when signed out).' })
  async viewerIsFollowing(@Parent() user: UserObject, @OptionalViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<boolean> {
    return viewer ? this.social.viewerIsFollowing(context, viewer.id, user.id) : false;
  }

  @ResolveField(() => Boolean, { description: 'Whether this person follows the viewer.' })
  async followsViewer(@Parent() user: UserObject, @OptionalViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<boolean> {
    return viewer ? this.social.followsViewer(context, viewer.id, user.id) : false;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer blocks this person.' })
  async viewerHasBlocked(@Parent() user: UserObject, @OptionalViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<boolean> {
    return viewer ? this.social.isBlockedByViewer(context, viewer.id, user.id) : false;
  }
}

@Resolver(() => SharedByObject)
export class SharedByResolver {
  constructor(private readonly social: SocialService) {}

  /** On timeline pages: GraphQL's own arguments, no parameter decorators (see EntriesResolver.source). */
  @ResolveField(() => UserObject)
  async user(shared: SharedByObject, _args: unknown, context: RequestContext): Promise<User> {
    return (await this.social.loadUser(context, shared.userId))!;
  }
}

@Resolver(() => NotificationObject)
export class NotificationActorResolver {
  constructor(private readonly social: SocialService) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'Who did it (null for system events).' })
  actor(@Parent() notification: NotificationObject, @Context() context: RequestContext): Promise<User | null> | null {
    return notification.actorId ? this.social.loadUser(context, notification.actorId) : null;
  }
}
