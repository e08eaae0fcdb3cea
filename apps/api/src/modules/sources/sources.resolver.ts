import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SourceKind, SourceStatus } from '@tributary/db';
import { Admin, Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer, OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { UserObject } from '../users/dto/user.object.js';
import { SourcePreview } from './dto/source-preview.object.js';
import { SourceConnection, SourceHealth, SourceObject, SourceSchedule } from './dto/source.object.js';
import { describeSchedule } from './source-schedule.util.js';
import { SourcesService } from './sources.service.js';

@Resolver(() => SourceObject)
export class SourcesResolver {
  constructor(private readonly sources: SourcesService) {}

  @Member()
  @Query(() => SourceObject, { description: 'A source by id (NOT_FOUND when there is none).' })
  source(@Args('id', { type: () => ID }) id: string): Promise<SourceObject> {
    return this.sources.byId(id);
  }

  @Member()
  @Mutation(() => SourcePreview, {
    description: 'What a URL, domain or @handle resolves to (kind, title, description, recent posts), without subscribing.',
  })
  previewSource(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: string,
    @Args('kind', { type: () => SourceKind, nullable: true, description: 'Which platform to try first.' }) kind: SourceKind | null,
  ): Promise<SourcePreview> {
    return this.sources.preview(input, kind, viewer.id);
  }

  @Admin()
  @Query(() => SourceConnection, {
    description:
      'Every source, the ones needing attention first (administrators): FAILING, GONE, PENDING, OK; failing and gone ones longest-failing first, the others oldest first.',
  })
  adminSources(
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('status', { type: () => SourceStatus, nullable: true, description: 'Only sources in this state.' })
    status: SourceStatus | null,
  ): Promise<SourceConnection> {
    return this.sources.adminPage(context, { first, after, status });
  }

  @Member()
  @Mutation(() => SourceObject, {
    description:
      'Fetches a subscribed source now, or any source for administrators (at most one fetch at a time per source; RATE_LIMITED past RATE_LIMIT_REFRESH_ACCOUNT / RATE_LIMIT_REFRESH_SOURCE). Poll source(id).health for the result.',
  })
  refreshSource(@CurrentViewer() viewer: Viewer, @Args('sourceId', { type: () => ID }) sourceId: string): Promise<SourceObject> {
    return this.sources.refresh(viewer, sourceId);
  }

  @ResolveField(() => SourceHealth)
  health(@Parent() source: SourceObject): SourceHealth {
    return source;
  }

  @ResolveField(() => SourceSchedule, { description: 'When it is fetched next, and why.' })
  schedule(@Parent() source: SourceObject): SourceSchedule {
    return describeSchedule(source);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'The verified owner (a creator who proved the source is theirs).' })
  claimedBy(@Parent() source: SourceObject, @Context() context: RequestContext): Promise<UserObject | null> {
    return this.sources.verifiedOwner(context, source.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether a creator has verified this source.' })
  async isVerified(@Parent() source: SourceObject, @Context() context: RequestContext): Promise<boolean> {
    return (await this.sources.verifiedOwner(context, source.id)) !== null;
  }

  @ResolveField(() => Boolean)
  async viewerIsSubscribed(
    @Parent() source: SourceObject,
    @Context() context: RequestContext,
    @OptionalViewer() viewer: Viewer | null,
  ): Promise<boolean> {
    return viewer ? this.sources.viewerIsSubscribed(context, viewer.id, source.id) : false;
  }
}
