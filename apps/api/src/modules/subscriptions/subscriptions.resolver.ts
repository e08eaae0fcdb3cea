import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { FolderObject, SourceSubscriptionObject, SubscribeInput, UpdateSubscriptionInput } from './dto/subscription.object.js';
import { SubscriptionsService, UNREAD_COUNT_CAP } from './subscriptions.service.js';

@Resolver(() => SourceSubscriptionObject)
export class SubscriptionsResolver {
  constructor(private readonly service: SubscriptionsService) {}

  @Member()
  @Query(() => [SourceSubscriptionObject], { description: 'The viewer’s subscriptions with their sources, oldest first.' })
  subscriptions(@CurrentViewer() viewer: Viewer): Promise<SourceSubscriptionObject[]> {
    return this.service.list(viewer.id);
  }

  @Member()
  @Query(() => [FolderObject], { description: 'The viewer’s folders.' })
  folders(@CurrentViewer() viewer: Viewer): Promise<FolderObject[]> {
    return this.service.folders(viewer.id);
  }

  @Member()
  @Mutation(() => SourceSubscriptionObject, {
    description: 'Subscribes to what a URL, domain or @handle resolves to; its recent posts are in the timeline at once.',
  })
  subscribe(@CurrentViewer() viewer: Viewer, @Args('input') input: SubscribeInput): Promise<SourceSubscriptionObject> {
    return this.service.subscribe(viewer.id, input);
  }

  @Member()
  @Mutation(() => Boolean)
  unsubscribe(@CurrentViewer() viewer: Viewer, @Args('sourceId', { type: () => ID }) sourceId: string): Promise<boolean> {
    return this.service.unsubscribe(viewer.id, sourceId);
  }

  @Member()
  @Mutation(() => SourceSubscriptionObject, { description: 'Moves a subscription to a folder or renames it.' })
  updateSubscription(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateSubscriptionInput): Promise<SourceSubscriptionObject> {
    return this.service.update(viewer.id, input);
  }

  @Member()
  @Mutation(() => FolderObject)
  createFolder(@CurrentViewer() viewer: Viewer, @Args('name') name: string): Promise<FolderObject> {
    return this.service.createFolder(viewer.id, name);
  }

  @Member()
  @Mutation(() => FolderObject)
  renameFolder(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('name') name: string): Promise<FolderObject> {
    return this.service.renameFolder(viewer.id, id, name);
  }

  @Member()
  @Mutation(() => Boolean, { description: 'Deletes a folder; its subscriptions stay, outside any folder.' })
  deleteFolder(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.deleteFolder(viewer.id, id);
  }

  @ResolveField(() => Int, {
    description: `Entries of the source the viewer has not read, counted up to ${UNREAD_COUNT_CAP} (more show as ${UNREAD_COUNT_CAP}).`,
  })
  unreadCount(
    @Parent() subscription: SourceSubscriptionObject,
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
  ): Promise<number> {
    return this.service.unreadCount(context, viewer.id, subscription.source.id);
  }
}
