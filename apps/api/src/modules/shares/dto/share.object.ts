import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('Share', { description: 'A person re-posting an entry to their followers, with a note.' })
export class ShareObject {
  @Field(() => ID)
  id!: string;

  @Field()
  note!: string;

  @Field()
  createdAt!: Date;

  userId!: string;
  entryId!: string;
}

@InputType()
export class ShareInput {
  @Field(() => ID)
  entryId!: string;

  @Field(() => String, { nullable: true, description: 'At most 2,000 characters. Sharing again replaces the note.' })
  note?: string | null;
}
