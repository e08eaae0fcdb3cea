import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SourceKind } from '@tributary/db';
import { SourceObject } from './source.object.js';

@ObjectType({ description: 'One recent post shown in a preview.' })
export class SourcePreviewItem {
  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field()
  summary!: string;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;
}

@ObjectType({ description: 'What pasted input resolves to, before subscribing.' })
export class SourcePreview {
  @Field(() => ID, {
    description:
      'The source this input resolved to, stored with the posts shown here: pass it to subscribe(input: { sourceId }).',
  })
  sourceId!: string;

  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field({ description: 'The URL Tributary would fetch.' })
  url!: string;

  @Field(() => String, { nullable: true })
  siteUrl!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => [SourcePreviewItem])
  recentItems!: SourcePreviewItem[];

  @Field(() => SourceObject, {
    nullable: true,
    description: 'The source, when Tributary knew it before this preview (null for a new one: use sourceId).',
  })
  source!: SourceObject | null;
}
