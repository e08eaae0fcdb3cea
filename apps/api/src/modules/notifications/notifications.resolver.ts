import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { EntryObject } from '../entries/dto/entry.object.js';
import { EntriesService } from '../entries/entries.service.js';
import { SourceObject } from '../sources/dto/source.object.js';
import { SourcesService } from '../sources/sources.service.js';
import { NotificationConnection, NotificationObject } from './dto/notification.object.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => NotificationObject)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly entries: EntriesService,
    private readonly sources: SourcesService,
  ) {}

  @Member()
  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first.' })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NotificationConnection> {
    return this.notificationsService.page(viewer.id, first, after);
  }

  @Member()
  @Query(() => Int)
  unreadNotificationsCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notificationsService.unreadCount(viewer.id);
  }

  @Member()
  @Mutation(() => Int, { description: 'Marks the given notifications (or all: true, every one) read; answers how many changed.' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID], nullable: true }) ids: string[] | null,
    @Args('all', { type: () => Boolean, nullable: true }) all: boolean | null,
  ): Promise<number> {
    return this.notificationsService.markRead(viewer.id, ids, all);
  }

  @ResolveField(() => Boolean)
  isRead(@Parent() notification: NotificationObject): boolean {
    return notification.readAt !== null;
  }

  @ResolveField(() => EntryObject, { nullable: true })
  entry(@Parent() notification: NotificationObject, @Context() context: RequestContext): Promise<EntryObject | null> | null {
    return notification.entryId ? this.entries.load(context, notification.entryId) : null;
  }

  @ResolveField(() => SourceObject, { nullable: true })
  source(@Parent() notification: NotificationObject, @Context() context: RequestContext): Promise<SourceObject | null> | null {
    return notification.sourceId ? this.sources.load(context, notification.sourceId) : null;
  }
}
