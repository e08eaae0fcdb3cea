import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';

export enum OpmlImportStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(OpmlImportStatus, { name: 'OpmlImportStatus' });

export enum ImportItemStatus {
  PENDING = 'PENDING',
  SUBSCRIBED = 'SUBSCRIBED',
  ALREADY_SUBSCRIBED = 'ALREADY_SUBSCRIBED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(ImportItemStatus, {
  name: 'ImportItemStatus',
  valuesMap: {
    SKIPPED: {
      description:
        'Not added: the feed is new to Tributary and the daily limit of new feeds per account was reached (see `error`). Importing the file again later adds it.',
    },
  },
});

@ObjectType('ImportItem', { description: 'One feed line of an OPML import and what became of it.' })
export class ImportItemObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Order in the file (first occurrence when duplicates were merged).' })
  position!: number;

  @Field({ description: 'The feed address (xmlUrl).' })
  url!: string;

  @Field(() => String, { nullable: true })
  htmlUrl!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Folder path; nested folders are joined with " / ".' })
  folder!: string | null;

  @Field(() => ImportItemStatus)
  status!: ImportItemStatus;

  @Field(() => String, { nullable: true, description: 'Why the line failed, in words.' })
  error!: string | null;

  @Field(() => ID, { nullable: true, description: 'The source subscribed to.' })
  sourceId!: string | null;
}

@ObjectType()
export class ImportItemConnection extends Connection(ImportItemObject, 'ImportItem') {}

@ObjectType('OpmlImport', { description: 'An OPML import running in the background; poll it to watch progress.' })
export class OpmlImportObject {
  @Field(() => ID)
  id!: string;

  @Field(() => OpmlImportStatus)
  status!: OpmlImportStatus;

  @Field(() => Int, { description: 'Distinct feeds in the file.' })
  total!: number;

  @Field(() => Int, { description: 'Feeds handled so far (subscribed + alreadySubscribed + failed + skippedForLimit).' })
  done!: number;

  @Field(() => Int)
  subscribed!: number;

  @Field(() => Int)
  alreadySubscribed!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => Int, {
    description:
      'Feeds not added because they are new to Tributary and the daily limit of new feeds was reached; their lines have status SKIPPED.',
  })
  skippedForLimit!: number;

  @Field(() => Int, { description: 'Feed outlines merged into an earlier one with the same address.' })
  duplicates!: number;

  @Field(() => [String], { description: 'Outlines that were not imported and why (links to other OPML files, no xmlUrl…).' })
  skipped!: string[];

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}
