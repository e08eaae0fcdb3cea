import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type User } from '@tributary/db';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer, OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { EntryObject } from '../entries/dto/entry.object.js';
import { EntriesService } from '../entries/entries.service.js';
import { SocialService } from '../social/social.service.js';
import { UserObject } from '../users/dto/user.object.js';
import { ShareInput, ShareObject } from './dto/share.object.js';
import { SharesService } from './shares.service.js';

@Resolver(() => ShareObject)
export class SharesResolver {
  constructor(
    private readonly shares: SharesService,
    private readonly entries: EntriesService,
    private readonly social: SocialService,
  ) {}

  @Member()
  @Mutation(() => ShareObject, { description: 'Re-posts an entry to the viewer’s followers with a note (again: replaces the note).' })
  share(@CurrentViewer() viewer: Viewer, @Args('input') input: ShareInput, @Context() context: RequestContext): Promise<ShareObject> {
    return this.shares.share(context, viewer.id, input);
  }

  @Member()
  @Mutation(() => Boolean)
  unshare(@CurrentViewer() viewer: Viewer, @Args('entryId', { type: () => ID }) entryId: string, @Context() context: RequestContext): Promise<boolean> {
    return this.shares.unshare(context, viewer.id, entryId);
  }

  @ResolveField(() => EntryObject)
  entry(@Parent() share: ShareObject, @Context() context: RequestContext): Promise<EntryObject> {
    return this.entries.byId(context, share.entryId);
  }

  @ResolveField(() => UserObject)
  async user(@Parent() share: ShareObject, @Context() context: RequestContext): Promise<User> {
    return (await this.social.loadUser(context, share.userId))!;
  }
}

@Resolver(() => EntryObject)
export class EntrySharesResolver {
  constructor(private readonly shares: SharesService) {}

  @ResolveField(() => Boolean)
  async viewerHasShared(@Parent() entry: EntryObject, @OptionalViewer() viewer: Viewer | null, @Context() context: RequestContext): Promise<boolean> {
    return viewer ? this.shares.viewerHasShared(context, viewer.id, entry.id) : false;
  }
}
