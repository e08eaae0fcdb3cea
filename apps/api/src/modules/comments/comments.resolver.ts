import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type User } from '@tributary/db';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer, OptionalViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { type RequestContext } from '../../common/request-context.js';
import { EntryObject } from '../entries/dto/entry.object.js';
import { EntriesService } from '../entries/entries.service.js';
import { NotificationObject } from '../notifications/dto/notification.object.js';
import { UserObject } from '../users/dto/user.object.js';
import { CommentsService } from './comments.service.js';
import { AddCommentInput, CommentConnection, CommentObject } from './dto/comment.object.js';

@Resolver(() => CommentObject)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly entries: EntriesService,
  ) {}

  @Member()
  @Query(() => CommentObject, { description: 'A comment by id (for links to a thread).' })
  comment(@Args('id', { type: () => ID }) id: string): Promise<CommentObject> {
    return this.comments.byId(id);
  }

  @Member()
  @Mutation(() => CommentObject, { description: 'Comments on an entry or replies to a comment; @mentions notify.' })
  addComment(@CurrentViewer() viewer: Viewer, @Args('input') input: AddCommentInput, @Context() context: RequestContext): Promise<CommentObject> {
    return this.comments.add(context, viewer, input);
  }

  @Member()
  @Mutation(() => CommentObject, { description: 'The author edits their comment (editedAt is set).' })
  editComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('body') body: string): Promise<CommentObject> {
    return this.comments.edit(viewer, id, body);
  }

  @Member()
  @Mutation(() => CommentObject, { description: 'The author deletes their comment; a tombstone keeps the thread.' })
  deleteComment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<CommentObject> {
    return this.comments.delete(viewer, id);
  }

  @ResolveField(() => String, { description: 'Plain text as written; "" on a deleted or removed comment.' })
  body(@Parent() comment: CommentObject, @OptionalViewer() viewer: Viewer | null): string {
    return this.comments.body(comment, viewer);
  }

  @ResolveField(() => String, { description: 'Safe HTML rendered from body: escaped text, links (rel=nofollow ugc) and @mentions.' })
  bodyHtml(@Parent() comment: CommentObject, @OptionalViewer() viewer: Viewer | null): string {
    return this.comments.bodyHtml(comment, viewer);
  }

  @ResolveField(() => UserObject, { nullable: true, description: 'null on tombstones and when the account is gone.' })
  author(@Parent() comment: CommentObject, @Context() context: RequestContext): Promise<User | null> {
    return this.comments.author(context, comment);
  }

  @ResolveField(() => Boolean, { description: 'The author is the verified owner of the entry’s source.' })
  authorIsSourceOwner(@Parent() comment: CommentObject, @Context() context: RequestContext): Promise<boolean> {
    return this.comments.authorIsSourceOwner(context, comment);
  }

  @ResolveField(() => Boolean, { description: 'Deleted by its author or removed by an administrator.' })
  isTombstone(@Parent() comment: CommentObject): boolean {
    return this.comments.isTombstone(comment);
  }

  @ResolveField(() => EntryObject)
  entry(@Parent() comment: CommentObject, @Context() context: RequestContext): Promise<EntryObject> {
    return this.entries.byId(context, comment.entryId);
  }

  @ResolveField(() => CommentConnection, { description: 'Direct replies, oldest first.' })
  replies(
    @Parent() comment: CommentObject,
    @OptionalViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CommentConnection> {
    return this.comments.replies(context, comment.id, viewer?.id ?? null, first, after);
  }

  @ResolveField(() => Int)
  repliesCount(@Parent() comment: CommentObject, @Context() context: RequestContext): Promise<number> {
    return this.comments.repliesCount(context, comment.id);
  }
}

@Resolver(() => EntryObject)
export class EntryCommentsResolver {
  constructor(private readonly commentsService: CommentsService) {}

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first (replies nest under them).' })
  comments(
    @Parent() entry: EntryObject,
    @OptionalViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CommentConnection> {
    return this.commentsService.forEntry(entry.id, viewer?.id ?? null, first, after);
  }
}

@Resolver(() => NotificationObject)
export class NotificationCommentResolver {
  constructor(private readonly comments: CommentsService) {}

  @ResolveField(() => CommentObject, { nullable: true })
  comment(@Parent() notification: NotificationObject, @Context() context: RequestContext): Promise<CommentObject | null> | null {
    return notification.commentId ? this.comments.load(context, notification.commentId) : null;
  }
}
