import { Context, Field, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { filter, map, pipe } from 'graphql-yoga';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { resetLoaders } from '../../graphql/dataloader.plugin.js';
import { EntryObject } from '../entries/dto/entry.object.js';
import { EntriesService } from '../entries/entries.service.js';
import { NotificationObject } from '../notifications/dto/notification.object.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { LiveHub } from './live-hub.service.js';

@ObjectType({ description: 'New entries of sources in the viewer’s timeline, as the worker stores them.' })
export class TimelineUpdate {
  @Field(() => [EntryObject], { description: 'Newest first.' })
  entries!: EntryObject[];
}

/** How long a live timeline trusts its list of the viewer's sources before re-reading it. */
const SOURCES_TTL_MS = 15_000;

@Resolver()
export class LiveResolver {
  constructor(
    private readonly hub: LiveHub,
    private readonly timeline: TimelineService,
    private readonly entries: EntriesService,
    private readonly notifications: NotificationsService,
  ) {}

  @Member()
  @Subscription(() => TimelineUpdate, {
    description: 'New entries of the viewer’s subscriptions and followed creators, live (SSE: POST /graphql with Accept: text/event-stream).',
    resolve: (payload: TimelineUpdate) => payload,
  })
  timelineUpdates(@CurrentViewer() viewer: Viewer, @Context() context: RequestContext) {
    let sources: { ids: Promise<Set<string>>; at: number } | undefined;
    const visible = () => {
      if (!sources || Date.now() - sources.at > SOURCES_TTL_MS) {
        sources = { ids: this.timeline.visibleSourceIds(viewer.id).then((ids) => new Set(ids)), at: Date.now() };
      }
      return sources.ids;
    };
    void visible();
    return pipe(
      this.hub.sourceEntries(),
      filter(async (event) => (await visible()).has(event.sourceId)),
      map(async (event): Promise<TimelineUpdate> => {
        resetLoaders(context);
        const loaded = await Promise.all(event.entryIds.map((id) => this.entries.load(context, id)));
        const entries = loaded.filter((entry): entry is EntryObject => entry !== null);
        entries.sort((a, b) => b.sortAt.getTime() - a.sortAt.getTime() || (a.id < b.id ? 1 : -1));
        return { entries };
      }),
      filter((update) => update.entries.length > 0),
    );
  }

  @Member()
  @Subscription(() => NotificationObject, {
    description: 'The viewer’s new notifications, live.',
    resolve: (payload: NotificationObject) => payload,
  })
  notificationAdded(@CurrentViewer() viewer: Viewer, @Context() context: RequestContext) {
    return pipe(
      this.hub.notifications(viewer.id),
      map((event) => {
        resetLoaders(context);
        return this.notifications.forRecipient(viewer.id, event.notificationId);
      }),
      filter((notification): notification is NotificationObject => notification !== null),
    );
  }
}
