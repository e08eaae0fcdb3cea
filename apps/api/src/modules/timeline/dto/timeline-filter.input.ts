import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum TimelineView {
  ALL = 'ALL',
  ARTICLES = 'ARTICLES',
  SOCIAL = 'SOCIAL',
  PICTURES = 'PICTURES',
  VIDEOS = 'VIDEOS',
  AUDIO = 'AUDIO',
}

registerEnumType(TimelineView, {
  name: 'TimelineView',
  description:
    'ALL; ARTICLES (entries of kind ARTICLE); SOCIAL (kind POST); PICTURES, VIDEOS, AUDIO (entries with an image, video or audio file).',
});

@InputType()
export class TimelineFilter {
  @Field(() => TimelineView, { nullable: true, defaultValue: TimelineView.ALL })
  view?: TimelineView | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only entries the viewer has not read.' })
  unreadOnly?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only this source (one the viewer follows); shares are left out.' })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only sources in this folder (its name or id); shares are left out.' })
  folder?: string | null;
}
