import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationType } from '@tributary/db';
import { Connection } from '../../../graphql/connection.js';

registerEnumType(NotificationType, {
  name: 'NotificationType',
  description:
    'REPLY (to your comment), MENTION (@you in a comment), NEW_FOLLOWER, SHARE (of an entry you commented on), CLAIM_VERIFIED/FAILED/EXPIRED/LOST, INVITE_REDEEMED, COMMENT_REMOVED (by an administrator).',
});

/** Parent of Notification fields: the Notification row (actor, entry, comment, source resolve from ids). */
@ObjectType('Notification')
export class NotificationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationType)
  type!: NotificationType;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  userId!: string;
  actorId!: string | null;
  entryId!: string | null;
  commentId!: string | null;
  sourceId!: string | null;
  claimId!: string | null;
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationObject, 'Notification') {}
