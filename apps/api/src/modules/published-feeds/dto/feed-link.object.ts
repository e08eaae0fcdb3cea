import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('FeedLink', { description: 'A published feed, for `<link rel="alternate">` autodiscovery on profile pages.' })
export class FeedLinkObject {
  @Field({ description: 'Always "alternate".' })
  rel!: string;

  @Field({ description: 'application/rss+xml, application/atom+xml or application/feed+json.' })
  type!: string;

  @Field()
  title!: string;

  @Field({ description: 'Absolute URL on the web origin.' })
  href!: string;
}
