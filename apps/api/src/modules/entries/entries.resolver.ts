import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors.js';
import { type RequestContext } from '../../common/request-context.js';
import { SourceObject } from '../sources/dto/source.object.js';
import { SourcesService } from '../sources/sources.service.js';
import { EntryConnection, EntryForward, EntryMedia, EntryObject } from './dto/entry.object.js';
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

  // The fields below resolve on every card of a timeline page, so they take GraphQL's own arguments
  // (parent, args, context) and no parameter decorators: Nest then calls them directly instead of
  // through its per-call parameter and pipe machinery (about 5% of the API's CPU per page).

  @ResolveField(() => SourceObject)
  async source(entry: EntryObject, _args: unknown, context: RequestContext): Promise<SourceObject> {
    const source = await this.sources.load(context, entry.sourceId);
    if (!source) throw new AppError('NOT_FOUND', 'Source not found.');
    return source;
  }

  @ResolveField(() => [EntryMedia])
  media(entry: EntryObject): EntryMedia[] {
    return this.entries.media(entry);
  }

  @ResolveField(() => EntryForward, {
    nullable: true,
    description: 'Set when the post was forwarded from another channel or account (Telegram forwards).',
  })
  forwardedFrom(entry: EntryObject): EntryForward | null {
    return this.entries.forwardedFrom(entry);
  }

  @ResolveField(() => Boolean)
  async viewerHasRead(entry: EntryObject, _args: unknown, context: RequestContext): Promise<boolean> {
    return context.viewer ? Boolean((await this.entries.state(context, context.viewer.id, entry.id))?.readAt) : false;
  }

  @ResolveField(() => Boolean)
  async viewerHasStarred(entry: EntryObject, _args: unknown, context: RequestContext): Promise<boolean> {
    return context.viewer ? Boolean((await this.entries.state(context, context.viewer.id, entry.id))?.starredAt) : false;
  }
}
