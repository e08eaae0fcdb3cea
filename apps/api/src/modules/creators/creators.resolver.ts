import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/access.decorators.js';
import { OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { EntryConnection, EntryObject } from '../entries/dto/entry.object.js';
import { SourceObject } from '../sources/dto/source.object.js';
import { UserObject } from '../users/dto/user.object.js';
import { CreatorsService } from './creators.service.js';

/** Creator fields on User, and the creator's combined feed. */
@Resolver(() => UserObject)
export class CreatorsResolver {
  constructor(private readonly creators: CreatorsService) {}

  @Public()
  @Query(() => EntryConnection, {
    description: 'A creator’s posts across all their verified sources (every platform), newest first.',
  })
  creatorEntries(
    @Context() context: RequestContext,
    @OptionalViewer() viewer: Viewer | null,
    @Args('handle') handle: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.creators.entries(context, handle, viewer, first, after);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether this person has proven ownership of at least one source.',
  })
  isVerifiedCreator(@Parent() user: UserObject, @Context() context: RequestContext): Promise<boolean> {
    return this.creators.isVerifiedCreator(context, user.id);
  }

  @ResolveField(() => [SourceObject], {
    description: 'The sources this person has proven are theirs, across platforms.',
  })
  verifiedSources(@Parent() user: UserObject, @Context() context: RequestContext): Promise<SourceObject[]> {
    return this.creators.verifiedSources(context, user.id);
  }
}

/** The verified mark on entries: the entry's source has a verified owner. */
@Resolver(() => EntryObject)
export class CreatorEntryFieldsResolver {
  constructor(private readonly creators: CreatorsService) {}

  @ResolveField(() => Boolean, {
    description: 'Whether the entry’s source has a verified owner (a creator).',
  })
  async isVerified(@Parent() entry: EntryObject, @Context() context: RequestContext): Promise<boolean> {
    return (await this.creators.ownerOf(context, entry.sourceId)) !== null;
  }
}
