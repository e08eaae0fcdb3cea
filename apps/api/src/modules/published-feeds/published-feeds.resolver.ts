import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserObject } from '../users/dto/user.object.js';
import { FeedLinkObject } from './dto/feed-link.object.js';
import { PublishedFeedsService } from './published-feeds.service.js';

@Resolver(() => UserObject)
export class PublishedFeedsResolver {
  constructor(private readonly published: PublishedFeedsService) {}

  @ResolveField(() => [FeedLinkObject], {
    description:
      'The person’s published feeds (their shares; for verified creators also their posts), for `<link rel="alternate">` on their profile page.',
  })
  feeds(@Parent() user: UserObject): Promise<FeedLinkObject[]> {
    return this.published.linksFor(user.id, user.handle, user.displayName);
  }
}
