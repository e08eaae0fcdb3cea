import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { Discover } from './dto/discover.objects.js';
import { DiscoverService } from './discover.service.js';

@Resolver()
export class DiscoverResolver {
  constructor(private readonly service: DiscoverService) {}

  @Member()
  @Query(() => Discover, {
    description:
      'Suggestions from the viewer’s graph: sources and people followed by people they follow (ranked so that what their circle reads beats what everyone reads), and verified creators of sources they read. Each says why. Never something they already subscribe to or follow, nor a dismissed one.',
  })
  discover(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 10, description: '1–50 of each kind.' }) first: number,
  ): Promise<Discover> {
    return this.service.suggestions(context, viewer.id, first);
  }

  @Member()
  @Mutation(() => Boolean, { description: 'Hides a suggested source or person (give exactly one) from the viewer’s suggestions for good.' })
  dismissSuggestion(
    @CurrentViewer() viewer: Viewer,
    @Args('sourceId', { type: () => ID, nullable: true }) sourceId: string | null,
    @Args('userId', { type: () => ID, nullable: true, description: 'A suggested person or creator.' }) userId: string | null,
  ): Promise<boolean> {
    return this.service.dismiss(viewer.id, sourceId ?? null, userId ?? null);
  }

  @Member()
  @Mutation(() => Boolean, { description: 'Lets a dismissed source or person be suggested again.' })
  undismissSuggestion(
    @CurrentViewer() viewer: Viewer,
    @Args('sourceId', { type: () => ID, nullable: true }) sourceId: string | null,
    @Args('userId', { type: () => ID, nullable: true }) userId: string | null,
  ): Promise<boolean> {
    return this.service.undismiss(viewer.id, sourceId ?? null, userId ?? null);
  }
}
