import { Inject, Injectable } from '@nestjs/common';
import { type Comment, type User } from '@tributary/db';
import { type NewNotification, NotificationWriter } from '@tributary/domain';
import { type Viewer } from '../../common/auth/viewer.js';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { byKey, loadersOf } from '../../graphql/dataloader.plugin.js';
import { assertId, decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { EntriesService } from '../entries/entries.service.js';
import { SourcesService } from '../sources/sources.service.js';
import { SocialService } from '../social/social.service.js';
import { COMMENT_MAX_LENGTH, extractMentions, normalizeCommentBody, renderCommentHtml } from './comment-format.util.js';
import { CommentsRepository } from './comments.repository.js';
import { type AddCommentInput, type CommentObject } from './dto/comment.object.js';

@Injectable()
export class CommentsService {
  private readonly webUrl: string;

  constructor(
    private readonly comments: CommentsRepository,
    private readonly entries: EntriesService,
    private readonly sources: SourcesService,
    private readonly social: SocialService,
    private readonly notifications: NotificationWriter,
    @Inject(API_CONFIG) config: ApiConfig,
  ) {
    this.webUrl = config.PUBLIC_WEB_URL.replace(/\/+$/, '');
  }

  async add(context: object, viewer: Viewer, input: AddCommentInput): Promise<CommentObject> {
    const body = this.validBody(input.body);
    const entry = await this.entries.byId(context, input.entryId);
    let parent: Comment | null = null;
    if (input.parentId) {
      parent = await this.comments.findById(assertId(input.parentId, 'Comment'));
      if (!parent || parent.entryId !== entry.id) throw new AppError('NOT_FOUND', 'The comment you reply to was not found.');
      if (parent.deletedAt || parent.removedAt) throw new AppError('BAD_USER_INPUT', 'You cannot reply to a deleted comment.', { field: 'parentId' });
      if (parent.authorId && (await this.social.blocks(parent.authorId, viewer.id))) {
        throw new AppError('FORBIDDEN', 'You cannot reply to this person.');
      }
    }
    const comment = await this.comments.create({ entryId: entry.id, authorId: viewer.id, parentId: parent?.id ?? null, body });
    this.entries.forget(context, entry.id);
    const notices: NewNotification[] = [];
    if (parent?.authorId) {
      notices.push({ userId: parent.authorId, type: 'REPLY', actorId: viewer.id, entryId: entry.id, commentId: comment.id, dedupeKey: `reply:${comment.id}` });
    }
    notices.push(...(await this.mentionNotices(viewer.id, comment, parent?.authorId ?? null)));
    await this.notifications.notify(notices);
    return comment;
  }

  async edit(viewer: Viewer, id: string, rawBody: string): Promise<CommentObject> {
    const body = this.validBody(rawBody);
    const existing = await this.comments.findById(assertId(id, 'Comment'));
    if (!existing) throw new AppError('NOT_FOUND', 'Comment not found.');
    if (existing.authorId !== viewer.id) throw new AppError('FORBIDDEN', 'Only the author can edit a comment.');
    const comment = await this.comments.edit(existing.id, viewer.id, body);
    if (!comment) throw new AppError('BAD_USER_INPUT', 'A deleted comment cannot be edited.');
    const parentAuthor = existing.parentId ? (await this.comments.findById(existing.parentId))?.authorId ?? null : null;
    await this.notifications.notify(await this.mentionNotices(viewer.id, comment, parentAuthor));
    return comment;
  }

  /** The author deletes: the comment becomes a tombstone so replies keep their place. */
  async delete(viewer: Viewer, id: string): Promise<CommentObject> {
    const existing = await this.comments.findById(assertId(id, 'Comment'));
    if (!existing) throw new AppError('NOT_FOUND', 'Comment not found.');
    if (existing.authorId !== viewer.id) throw new AppError('FORBIDDEN', 'Only the author can delete a comment.');
    return (await this.comments.tombstone(existing.id, { deletedAt: new Date() }, { authorId: viewer.id })) ?? existing;
  }

  /** An administrator removes a comment (after a report); the author is told. */
  async remove(admin: Viewer, id: string): Promise<CommentObject> {
    const existing = await this.comments.findById(assertId(id, 'Comment'));
    if (!existing) throw new AppError('NOT_FOUND', 'Comment not found.');
    const removed = await this.comments.tombstone(existing.id, { removedAt: new Date(), removedById: admin.id });
    if (removed?.authorId) {
      await this.notifications.notify([
        { userId: removed.authorId, type: 'COMMENT_REMOVED', entryId: removed.entryId, commentId: removed.id, dedupeKey: `removed:${removed.id}` },
      ]);
    }
    return removed ?? existing;
  }

  async byId(id: string): Promise<Comment> {
    const comment = await this.comments.findById(assertId(id, 'Comment'));
    if (!comment) throw new AppError('NOT_FOUND', 'Comment not found.');
    return comment;
  }

  load(context: object, id: string): Promise<Comment | null> {
    return loadersOf(context)
      .get<string, Comment | null>('comments', async (ids) => byKey(ids, await this.comments.findByIds(ids), (row) => row.id))
      .load(id);
  }

  async forEntry(entryId: string, viewerId: string | null, first: number, after: string | null): Promise<Page<CommentObject>> {
    const size = pageSize(first);
    const rows = await this.comments.page({ entryId }, viewerId, size + 1, decodeCursor(after));
    return toPage(rows, size, (row) => ({ at: row.createdAt, id: row.id }), (row) => row);
  }

  /** Replies of a comment. First pages of all comments on a thread page load in one query. */
  async replies(context: object, parentId: string, viewerId: string | null, first: number, after: string | null): Promise<Page<CommentObject>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after);
    const rows = cursor
      ? await this.comments.page({ parentId }, viewerId, size + 1, cursor)
      : await loadersOf(context)
          .get<string, Comment[]>(`firstReplies:${size}`, async (parentIds) => {
            const replies = await this.comments.firstReplies(parentIds, viewerId, size + 1);
            return parentIds.map((id) => replies.filter((reply) => reply.parentId === id));
          })
          .load(parentId);
    return toPage(rows, size, (row) => ({ at: row.createdAt, id: row.id }), (row) => row);
  }

  repliesCount(context: object, parentId: string): Promise<number> {
    return loadersOf(context)
      .get<string, number>('replyCounts', async (ids) => {
        const counts = await this.comments.replyCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(parentId);
  }

  isTombstone(comment: CommentObject): boolean {
    return comment.deletedAt !== null || comment.removedAt !== null;
  }

  body(comment: CommentObject, viewer: Viewer | null): string {
    if (comment.deletedAt) return '';
    if (comment.removedAt) return viewer?.role === 'ADMIN' ? comment.body : '';
    return comment.body;
  }

  bodyHtml(comment: CommentObject, viewer: Viewer | null): string {
    return renderCommentHtml(this.body(comment, viewer), { profileUrl: (handle) => `${this.webUrl}/u/${handle}` });
  }

  async author(context: object, comment: CommentObject): Promise<User | null> {
    if (!comment.authorId || this.isTombstone(comment)) return null;
    return this.social.loadUser(context, comment.authorId);
  }

  /** Whether the author is the verified owner of the source of the entry commented on. */
  async authorIsSourceOwner(context: object, comment: CommentObject): Promise<boolean> {
    if (!comment.authorId || this.isTombstone(comment)) return false;
    const entry = await this.entries.load(context, comment.entryId);
    if (!entry) return false;
    const owner = await this.sources.verifiedOwner(context, entry.sourceId);
    return owner?.id === comment.authorId;
  }

  /** Distinct people with live comments on an entry (up to 1,000), e.g. to tell them it was shared. */
  commenterIds(entryId: string): Promise<string[]> {
    return this.comments.commenterIds(entryId);
  }

  private validBody(raw: string): string {
    const body = normalizeCommentBody(raw);
    if (body.length === 0) throw new AppError('BAD_USER_INPUT', 'body: is required', { field: 'body' });
    if (body.length > COMMENT_MAX_LENGTH) {
      throw new AppError('BAD_USER_INPUT', `body: must be at most ${COMMENT_MAX_LENGTH} characters`, { field: 'body' });
    }
    return body;
  }

  /** MENTION notices for the handles in a comment (the parent's author already gets REPLY). */
  private async mentionNotices(authorId: string, comment: Comment, parentAuthorId: string | null): Promise<NewNotification[]> {
    const mentioned = await this.comments.usersByHandles(extractMentions(comment.body));
    return mentioned
      .filter((user) => user.id !== parentAuthorId)
      .map((user) => ({
        userId: user.id,
        type: 'MENTION' as const,
        actorId: authorId,
        entryId: comment.entryId,
        commentId: comment.id,
        dedupeKey: `mention:${comment.id}`,
      }));
  }
}
