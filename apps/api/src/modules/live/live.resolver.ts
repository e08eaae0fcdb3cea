import { Context, Field, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { filter, map, pipe, Repeater } from 'graphql-yoga';
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

@ObjectType({
  description:
    'New items of the viewer’s timeline: entries of their sources as the worker stores them, and shares by people they follow (`sharedBy` set).',
})
export class TimelineUpdate {
  @Field(() => [EntryObject], { description: 'Newest first.' })
  entries!: EntryObject[];
}

/** How long a live timeline trusts its lists of the viewer's sources and followees before re-reading them. */
const SOURCES_TTL_MS = 15_000;

/** A set read at most once per SOURCES_TTL_MS. */
function cachedSet(read: () => Promise<string[]>): () => Promise<Set<string>> {
  let cached: { ids: Promise<Set<string>>; at: number } | undefined;
  return () => {
    if (!cached || Date.now() - cached.at > SOURCES_TTL_MS) {
      cached = { ids: read().then((ids) => new Set(ids)), at: Date.now() };
    }
    return cached.ids;
  };
}

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
    description:
      'New entries of the viewer’s subscriptions and followed creators, live (SSE: POST /graphql with Accept: text/event-stream).',
    resolve: (payload: TimelineUpdate) => payload,
  })
  timelineUpdates(@CurrentViewer() viewer: Viewer, @Context() context: RequestContext) {
    const sources = cachedSet(() => this.timeline.visibleSourceIds(viewer.id));
    const sharers = cachedSet(() => this.timeline.shareSourceUserIds(viewer.id));
    void sources();
    void sharers();
    const entries = pipe(
      this.hub.sourceEntries(),
      filter(async (event) => (await sources()).has(event.sourceId)),
      map(async (event): Promise<TimelineUpdate> => {
        resetLoaders(context);
        const loaded = await Promise.all(event.entryIds.map((id) => this.entries.load(context, id)));
        const found = loaded.filter((entry): entry is EntryObject => entry !== null);
        found.sort((a, b) => b.sortAt.getTime() - a.sortAt.getTime() || (a.id < b.id ? 1 : -1));
        return { entries: found };
      }),
    );
    const shares = pipe(
      this.hub.shares(),
      filter(async (event) => (await sharers()).has(event.userId)),
      map(async (event): Promise<TimelineUpdate> => {
        resetLoaders(context);
        const entry = await this.entries.load(context, event.entryId);
        if (!entry) return { entries: [] };
        const sharedBy = {
          id: event.shareId,
          userId: event.userId,
          note: event.note,
          sharedAt: new Date(event.sharedAt),
        };
        return { entries: [{ ...entry, sharedBy }] };
      }),
    );
    return this.hub.bindToSession(
      viewer,
      pipe(
        Repeater.merge([entries, shares]),
        filter((update) => update.entries.length > 0),
      ),
    );
  }

  @Member()
  @Subscription(() => NotificationObject, {
    description: 'The viewer’s new notifications, live.',
    resolve: (payload: NotificationObject) => payload,
  })
  notificationAdded(@CurrentViewer() viewer: Viewer, @Context() context: RequestContext) {
    return this.hub.bindToSession(
      viewer,
      pipe(
        this.hub.notifications(viewer.id),
        map((event) => {
          resetLoaders(context);
          return this.notifications.forRecipient(viewer.id, event.notificationId);
        }),
        filter((notification): notification is NotificationObject => notification !== null),
      ),
    );
  }
}
