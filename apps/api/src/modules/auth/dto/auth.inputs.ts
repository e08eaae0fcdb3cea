import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class SignUpInput {
  @Field()
  inviteCode!: string;

  @Field({
    description:
      '3–30 letters, digits or underscores; unique regardless of case, and refused when it looks like a reserved name or an existing handle (`rnaria` for `maria`).',
  })
  handle!: string;

  @Field()
  email!: string;

  @Field({
    description:
      '8–256 characters; common passwords, and passwords built from the handle, email, name or “Tributary”, are refused.',
  })
  password!: string;

  @Field()
  displayName!: string;
}

@InputType()
export class LogInInput {
  @Field({ description: 'Email address or handle.' })
  login!: string;

  @Field()
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  newPassword!: string;
}
