import { Injectable } from '@nestjs/common';
import { type ReportStatus } from '@tributary/db';
import { type Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors.js';
import { cleanFreeText } from '../../common/text.util.js';
import { assertId, decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { CommentsService } from '../comments/comments.service.js';
import { type CommentObject } from '../comments/dto/comment.object.js';
import { type ReportObject } from './dto/report.object.js';
import { ModerationRepository } from './moderation.repository.js';

@Injectable()
export class ModerationService {
  constructor(
    private readonly moderation: ModerationRepository,
    private readonly comments: CommentsService,
  ) {}

  async reportComment(viewer: Viewer, commentId: string, reason: string): Promise<ReportObject> {
    const text = cleanFreeText(reason).trim();
    if (text.length > 2_000)
      throw new AppError('BAD_USER_INPUT', 'reason: must be at most 2000 characters', { field: 'reason' });
    const comment = await this.comments.byId(commentId);
    if (comment.authorId === viewer.id)
      throw new AppError('BAD_USER_INPUT', 'You cannot report your own comment.');
    return this.moderation.report(comment.id, viewer.id, text);
  }

  async reports(
    status: ReportStatus | null,
    first: number,
    after: string | null,
  ): Promise<Page<ReportObject>> {
    const size = pageSize(first);
    const rows = await this.moderation.page(status, size + 1, decodeCursor(after));
    return toPage(
      rows,
      size,
      (row) => ({ at: row.createdAt, id: row.id }),
      (row) => row,
    );
  }

  /** Removes the comment (a tombstone), resolves its open reports and tells the author. */
  async removeComment(admin: Viewer, id: string): Promise<CommentObject> {
    const comment = await this.comments.remove(admin, id);
    await this.moderation.resolveForComment(comment.id, admin.id, 'RESOLVED');
    return comment;
  }

  async dismissReport(admin: Viewer, id: string): Promise<ReportObject> {
    const report = await this.moderation.dismiss(assertId(id, 'Report'), admin.id);
    if (!report) throw new AppError('NOT_FOUND', 'No open report with that id.');
    return report;
  }
}
