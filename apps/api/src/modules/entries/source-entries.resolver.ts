import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type RequestContext } from '../../common/request-context.js';
import { SourceObject } from '../sources/dto/source.object.js';
import { EntryConnection } from './dto/entry.object.js';
import { EntriesService } from './entries.service.js';

/** A source's own posts, for its page (any member may read any entry, as with `entry(id)`). */
@Resolver(() => SourceObject)
export class SourceEntriesResolver {
  constructor(private readonly service: EntriesService) {}

  @ResolveField(() => EntryConnection, {
    description:
      'The source’s entries, newest first (1–50 a page). One query per source: ask for it on one source at a time, not on lists.',
  })
  entries(
    @Parent() source: SourceObject,
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<EntryConnection> {
    return this.service.ofSource(context, source.id, first, after);
  }
}
