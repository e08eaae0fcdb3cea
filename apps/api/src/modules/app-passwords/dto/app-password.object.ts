import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AppPassword', {
  description: 'A password for one reader app (Google Reader and Fever APIs); the secret itself is never shown again.',
})
export class AppPasswordObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'After this the app password no longer signs in.' })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When an app last used it (to the minute).' })
  lastUsedAt!: Date | null;
}

@ObjectType('CreatedAppPassword')
export class CreatedAppPasswordObject {
  @Field(() => AppPasswordObject)
  appPassword!: AppPasswordObject;

  @Field({ description: 'The secret to type into the app, shown this once.' })
  secret!: string;
}

@InputType()
export class CreateAppPasswordInput {
  @Field({ description: 'What it is for, e.g. "Reeder on my phone" (at most 100 characters).' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it stops working; omit for no expiry.' })
  expiresInDays?: number | null;
}
