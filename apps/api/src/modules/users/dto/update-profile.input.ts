import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: '1–100 characters.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL, or empty to remove the avatar.' })
  avatarUrl?: string | null;
}
