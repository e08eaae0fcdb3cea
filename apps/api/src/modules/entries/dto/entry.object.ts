import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntryKind } from '@tributary/db';
import { Connection } from '../../../graphql/connection.js';

registerEnumType(EntryKind, { name: 'EntryKind', description: 'ARTICLE (blog post, newsletter issue) or POST (channel or social post).' });

@ObjectType({ description: 'An image, video or audio file attached to an entry.' })
export class EntryMedia {
  @Field()
  url!: string;

  @Field({ description: 'A MIME type: image/jpeg, video/mp4, audio/mpeg…' })
  type!: string;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;

  @Field(() => Int, { nullable: true, description: 'Bytes, when known.' })
  size!: number | null;

  @Field(() => Int, { nullable: true })
  durationSeconds!: number | null;
}

@ObjectType('EntryForward', { description: 'Where a forwarded post (Telegram forward, X repost) first appeared.' })
export class EntryForward {
  @Field({ description: 'The channel or account it was forwarded from.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The original post (http/https), when the platform links it.' })
  url!: string | null;
}

/** A share as the timeline shows it; `user` resolves from userId. */
@ObjectType('SharedBy', { description: 'Someone the viewer follows re-posted this entry with a note.' })
export class SharedByObject {
  @Field()
  note!: string;

  @Field()
  sharedAt!: Date;

  @Field(() => ID, { description: 'The share’s id.' })
  id!: string;

  userId!: string;
}

/** The parent of Entry fields: the Entry row (plus sharedBy when it is a timeline share item). */
@ObjectType('Entry', { description: 'A post or article of a source.' })
export class EntryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field()
  title!: string;

  @Field({ description: 'Sanitized HTML (an allowlist of tags and attributes).' })
  contentHtml!: string;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true })
  author!: string | null;

  @Field(() => EntryKind)
  kind!: EntryKind;

  @Field(() => Date, { nullable: true, description: 'As the source states it.' })
  publishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field({ description: 'Where the entry sorts in timelines (never changes after it arrives).' })
  sortAt!: Date;

  @Field({ description: 'A paid post Tributary only has a preview of.' })
  isPreview!: boolean;

  @Field(() => Int)
  commentsCount!: number;

  @Field(() => Int)
  sharesCount!: number;

  @Field(() => SharedByObject, {
    nullable: true,
    description: 'Set on timeline items that are a share by someone the viewer follows; null elsewhere.',
  })
  sharedBy!: SharedByObject | null;

  sourceId!: string;
  media!: unknown;
  /** Platform extras (Entry.extra): views, forwardedFrom, … */
  extra!: unknown;
}

@ObjectType()
export class EntryConnection extends Connection(EntryObject, 'Entry') {}
