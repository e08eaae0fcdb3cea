import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SourceKind } from '@tributary/db';
import { SourceObject } from '../../sources/dto/source.object.js';

@ObjectType('Folder', { description: 'A named group of the viewer’s subscriptions.' })
export class FolderObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  subscriptionsCount!: number;
}

@ObjectType('SourceSubscription', { description: 'The viewer following a source.' })
export class SourceSubscriptionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => SourceObject)
  source!: SourceObject;

  @Field(() => FolderObject, { nullable: true })
  folder!: FolderObject | null;

  @Field(() => String, { nullable: true, description: 'The viewer’s own name for the source.' })
  customTitle!: string | null;

  @Field({ description: 'customTitle, or else the source’s title.' })
  title!: string;

  @Field()
  createdAt!: Date;
}

@InputType({ description: 'Give exactly one of sourceId, url or (deprecated) source.' })
export class SubscribeInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A source Tributary knows, e.g. previewSource’s sourceId: subscribes without resolving anything again.',
  })
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'A URL, domain or @handle to resolve (once) and subscribe to.' })
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use sourceId (a known source) or url (anything to resolve).',
    description: 'A URL, domain, @handle, or the id of a source Tributary knows.',
  })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Folder name; created when missing.' })
  folder?: string | null;

  @Field(() => String, { nullable: true, description: 'A custom title.' })
  title?: string | null;

  @Field(() => SourceKind, { nullable: true, description: 'Which platform to try first.' })
  kind?: SourceKind | null;
}

@InputType()
export class UpdateSubscriptionInput {
  @Field(() => ID)
  sourceId!: string;

  @Field(() => String, { nullable: true, description: 'Folder name (created when missing); "" or null moves it out of any folder. Omit to keep.' })
  folder?: string | null;

  @Field(() => String, { nullable: true, description: 'Custom title; "" or null restores the source’s title. Omit to keep.' })
  title?: string | null;
}
