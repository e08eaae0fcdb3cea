import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer, OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors.js';
import { type RequestContext } from '../../common/request-context.js';
import { SourceObject } from '../sources/dto/source.object.js';
import { SourcesService } from '../sources/sources.service.js';
import { EntryConnection, EntryMedia, EntryObject } from './dto/entry.object.js';
import { EntriesService } from './entries.service.js';

@Resolver(() => EntryObject)
export class EntriesResolver {
  constructor(
    private readonly entries: EntriesService,
    private readonly sources: SourcesService,
  ) {}

  @Member()
  @Query(() => EntryObject, { description: 'An entry by id (NOT_FOUND when there is none).' })
  entry(@Args('id', { type: () => ID }) id: string, @Context() context: RequestContext): Promise<EntryObject> {
    return this.entries.byId(context, id);
  }

  @Member()
  @Query(() => EntryConnection, { description: 'The viewer’s starred entries, most recently starred first.' })
  starred(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<EntryConnection> {
    return this.entries.starred(viewer.id, first, after);
  }

  @Member()
  @Mutation(() => [EntryObject], { description: 'Marks entries read (up to 500; unknown ids are ignored).' })
  markRead(
    @CurrentViewer() viewer: Viewer,
    @Args('entryIds', { type: () => [ID] }) entryIds: string[],
    @Context() context: RequestContext,
  ): Promise<EntryObject[]> {
    return this.entries.markRead(context, viewer.id, entryIds, true);
  }

  @Member()
  @Mutation(() => [EntryObject], { description: 'Marks entries unread again.' })
  markUnread(
    @CurrentViewer() viewer: Viewer,
    @Args('entryIds', { type: () => [ID] }) entryIds: string[],
    @Context() context: RequestContext,
  ): Promise<EntryObject[]> {
    return this.entries.markRead(context, viewer.id, entryIds, false);
  }

  @Member()
  @Mutation(() => EntryObject)
  star(@CurrentViewer() viewer: Viewer, @Args('entryId', { type: () => ID }) entryId: string, @Context() context: RequestContext): Promise<EntryObject> {
    return this.entries.setStarred(context, viewer.id, entryId, true);
  }

  @Member()
  @Mutation(() => EntryObject)
  unstar(@CurrentViewer() viewer: Viewer, @Args('entryId', { type: () => ID }) entryId: string, @Context() context: RequestContext): Promise<EntryObject> {
    return this.entries.setStarred(context, viewer.id, entryId, false);
  }

  @ResolveField(() => SourceObject)
  async source(@Parent() entry: EntryObject, @Context() context: RequestContext): Promise<SourceObject> {
    const source = await this.sources.load(context, entry.sourceId);
    if (!source) throw new AppError('NOT_FOUND', 'Source not found.');
    return source;
  }

  @ResolveField(() => [EntryMedia])
  media(@Parent() entry: EntryObject): EntryMedia[] {
    return this.entries.media(entry);
  }

  @ResolveField(() => Boolean)
  async viewerHasRead(@Parent() entry: EntryObject, @OptionalViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<boolean> {
    return viewer ? Boolean((await this.entries.state(context, viewer.id, entry.id))?.readAt) : false;
  }

  @ResolveField(() => Boolean)
  async viewerHasStarred(@Parent() entry: EntryObject, @OptionalViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<boolean> {
    return viewer ? Boolean((await this.entries.state(context, viewer.id, entry.id))?.starredAt) : false;
  }
}
