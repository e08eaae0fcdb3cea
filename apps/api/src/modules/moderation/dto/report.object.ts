import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportStatus } from '@tributary/db';
import { Connection } from '../../../graphql/connection.js';

registerEnumType(ReportStatus, { name: 'ReportStatus', description: 'OPEN, RESOLVED (the comment was removed) or DISMISSED.' });

@ObjectType('Report', { description: 'Someone reported a comment to the administrators.' })
export class ReportObject {
  @Field(() => ID)
  id!: string;

  @Field()
  reason!: string;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  commentId!: string;
  reporterId!: string | null;
}

@ObjectType()
export class ReportConnection extends Connection(ReportObject, 'Report') {}
