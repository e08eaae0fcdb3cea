import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { type RequestContext } from '../../common/request-context.js';
import { SearchConnection, SearchFilter } from './dto/search.objects.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Member()
  @Query(() => SearchConnection, {
    description:
      'Full-text search over entries every member may read: those of sources someone on the instance subscribes to (including the viewer’s own) or a creator verified. Words in titles, summaries and content, in any language Tributary stems (and Chinese/Japanese by substring); websearch syntax: "a phrase", or, -word. Title matches first, then by relevance, then newer first. `highlight` marks the matches.',
  })
  search(
    @Context() context: RequestContext,
    @Args('query', { type: () => String, description: '1–200 characters.' }) query: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1–50.' }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => SearchFilter, nullable: true }) filter: SearchFilter | null,
  ): Promise<SearchConnection> {
    return this.service.page(context, first, query, after, filter);
  }
}
