import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { Trending, TrendingWindow } from './dto/trending.objects.js';
import { TrendingService } from './trending.service.js';

@Resolver()
export class TrendingResolver {
  constructor(private readonly service: TrendingService) {}

  @Member()
  @Query(() => Trending, {
    description:
      'Entries and sources ranked by recent shares, comments and new subscribers, with exponential time decay. One person counts once per item; suspended members and people the viewer blocks do not count.',
  })
  trending(
    @CurrentViewer() viewer: Viewer,
    @Context() context: RequestContext,
    @Args('window', { type: () => TrendingWindow, defaultValue: TrendingWindow.DAY }) window: TrendingWindow,
    @Args('first', { type: () => Int, defaultValue: 10, description: '1–50 of each.' }) first: number,
  ): Promise<Trending> {
    return this.service.trending(context, viewer.id, window, first);
  }
}
