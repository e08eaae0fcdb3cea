import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { EntryConnection } from '../entries/dto/entry.object.js';
import { TimelineFilter } from './dto/timeline-filter.input.js';
import { TimelineService } from './timeline.service.js';

@Resolver()
export class TimelineResolver {
  constructor(private readonly service: TimelineService) {}

  @Member()
  @Query(() => EntryConnection, {
    description:
      'Entries of the viewer’s subscriptions and of creators they follow, plus shares by people they follow (`sharedBy` set), newest first. Keyset-paginated: pages stay exact while new entries arrive.',
  })
  timeline(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1–100.' }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => TimelineFilter, nullable: true }) filter: TimelineFilter | null,
  ): Promise<EntryConnection> {
    return this.service.page(context, viewer.id, first, after, filter);
  }

  @Member()
  @Mutation(() => Int, {
    description: 'Marks every timeline item at or before `before` (default: now) read, within the filter; answers how many changed.',
  })
  markAllRead(
    @CurrentViewer() viewer: Viewer,
    @Args('before', { type: () => Date, nullable: true }) before: Date | null,
    @Args('filter', { type: () => TimelineFilter, nullable: true }) filter: TimelineFilter | null,
  ): Promise<number> {
    return this.service.markAllRead(viewer.id, before, filter);
  }
}
