import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';

/** Parent of Comment fields: the Comment row. body/bodyHtml/author are hidden on tombstones. */
@ObjectType('Comment', { description: 'A comment on an entry, or a reply to one (threads nest).' })
export class CommentObject {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the author edited it (shown as "edited").' })
  editedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when the author deleted it: a tombstone that keeps the thread.' })
  deletedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when an administrator removed it.' })
  removedAt!: Date | null;

  @Field(() => ID)
  entryId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  authorId!: string | null;
  body!: string;
}

@ObjectType()
export class CommentConnection extends Connection(CommentObject, 'Comment') {}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  entryId!: string;

  @Field({ description: 'Plain text, at most 5,000 characters; links and @mentions become links.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to (same entry).' })
  parentId?: string | null;
}

@ObjectType()
export class CommentCounts {
  @Field(() => Int)
  replies!: number;
}
