import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserObject } from '../../users/dto/user.object.js';
import { Connection } from '../../../graphql/connection.js';

export enum InviteStatus {
  ACTIVE = 'ACTIVE',
  USED_UP = 'USED_UP',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InviteStatus, { name: 'InviteStatus' });

@ObjectType('Invite')
export class InviteObject {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field({ description: 'The signup link with this code (`<PUBLIC_WEB_URL>/signup?invite=CODE`).' })
  url!: string;

  @Field(() => Int)
  maxUses!: number;

  @Field(() => Int)
  usesCount!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => InviteStatus)
  status!: InviteStatus;

  @Field(() => [UserObject], { description: 'Who joined with this code, in order.' })
  usedBy!: UserObject[];

  /** Not a GraphQL field by itself: `createdBy` resolves it (null: a system invite). */
  createdById!: string | null;
}

@ObjectType()
export class InviteConnection extends Connection(InviteObject, 'Invite') {}

@InputType()
export class CreateInviteInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Default 1; more than 1 is for administrators (at most 1000).',
  })
  maxUses?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default INVITE_TTL_DAYS; at most 365.' })
  expiresInDays?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A private note (who it is for), up to 200 characters.',
  })
  note?: string | null;
}
