import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ReportStatus, type User } from '@tributary/db';
import { Admin, Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { CommentsService } from '../comments/comments.service.js';
import { CommentObject } from '../comments/dto/comment.object.js';
import { SocialService } from '../social/social.service.js';
import { UserObject } from '../users/dto/user.object.js';
import { ReportConnection, ReportObject } from './dto/report.object.js';
import { ModerationService } from './moderation.service.js';

@Resolver(() => ReportObject)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly comments: CommentsService,
    private readonly social: SocialService,
  ) {}

  @Member()
  @Mutation(() => ReportObject, { description: 'Reports a comment to the administrators.' })
  reportComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('reason', { defaultValue: '' }) reason: string): Promise<ReportObject> {
    return this.moderation.reportComment(viewer, id, reason);
  }

  @Admin()
  @Query(() => ReportConnection, { description: 'Reported comments, oldest first (administrators).' })
  reports(
    @Args('status', { type: () => ReportStatus, nullable: true, defaultValue: ReportStatus.OPEN }) status: ReportStatus | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ReportConnection> {
    return this.moderation.reports(status, first, after);
  }

  @Admin()
  @Mutation(() => CommentObject, { description: 'Removes a comment (administrators); its reports are resolved and its author told.' })
  removeComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CommentObject> {
    return this.moderation.removeComment(viewer, id);
  }

  @Admin()
  @Mutation(() => ReportObject, { description: 'Closes a report without removing the comment (administrators).' })
  dismissReport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ReportObject> {
    return this.moderation.dismissReport(viewer, id);
  }

  @ResolveField(() => CommentObject, { nullable: true })
  comment(@Parent() report: ReportObject, @Context() context: RequestContext): Promise<CommentObject | null> {
    return this.comments.load(context, report.commentId);
  }

  @ResolveField(() => UserObject, { nullable: true })
  reporter(@Parent() report: ReportObject, @Context() context: RequestContext): Promise<User | null> | null {
    return report.reporterId ? this.social.loadUser(context, report.reporterId) : null;
  }
}
