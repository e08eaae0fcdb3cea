import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserRole } from '@tributary/db';
import { Connection } from '../../../graphql/connection.js';

registerEnumType(UserRole, { name: 'UserRole', description: 'USER or ADMIN.' });

/**
 * A person's public profile. Other modules add fields with @ResolveField on a resolver of `User`
 * (followers, verified sources…). Private fields (email, suspendedAt) resolve only for the person
 * themself and administrators.
 */
@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id!: string;

  @Field()
  handle!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) image URL.' })
  avatarUrl!: string | null;

  @Field()
  bio!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field()
  createdAt!: Date;

  /** Not a GraphQL field by itself: `invitedBy` resolves it. */
  invitedById!: string | null;
}

@ObjectType()
export class UserConnection extends Connection(UserObject, 'User') {}
