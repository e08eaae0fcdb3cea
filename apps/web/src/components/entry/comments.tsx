'use client';

import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { fullDate, plural, timeAgo } from '@/lib/format';
import {
  AddCommentMutation,
  BlockMutation,
  DeleteCommentMutation,
  EditCommentMutation,
  MoreCommentsQuery,
  RepliesQuery,
  ReportCommentMutation,
  unmaskComment,
  unmaskCommentPage,
  type CommentItem,
  type CommentPage,
} from '@/lib/queries';
import { formText, messageFor } from '@/lib/ui-errors';
import { Avatar } from '../avatar';
import { Dialog } from '../dialog';
import { FormError } from '../form-error';
import { Icon, VerifiedBadge } from '../icons';
import { MenuButton } from '../menu-button';
import { useToast } from '../toast';
import { useViewer } from '../viewer';
import { TimeAgo } from '@/components/time-ago';

function CommentForm({
  label,
  submitLabel,
  initialBody = '',
  onSubmit,
  onCancel,
  autoFocus = false,
}: {
  label: string;
  submitLabel: string;
  initialBody?: string;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body.trim());
      setBody('');
    } catch (caught) {
      setError(messageFor(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="comment-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        placeholder={label}
        rows={body.split('\n').length > 2 ? 4 : 2}
        maxLength={5000}
        required
        autoFocus={autoFocus}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void submit(event);
          if (event.key === 'Escape' && onCancel) onCancel();
        }}
      />
      <FormError message={error} />
      <div className="comment-form__actions">
        {onCancel ? (
          <button type="button" className="button button--quiet button--small" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button
          type="submit"
          className="button button--small"
          disabled={isBusy || !body.trim()}
          aria-busy={isBusy}
        >
          {isBusy ? 'Posting…' : submitLabel}
        </button>
      </div>
    </form>
  );
}

function CommentNode({ comment: initial, depth }: { comment: CommentItem; depth: number }) {
  const viewer = useViewer();
  const toast = useToast();
  const [comment, setComment] = useState(initial);
  const [replies, setReplies] = useState<CommentItem[] | null>(null);
  const [repliesCursor, setRepliesCursor] = useState<{ hasNextPage: boolean; endCursor: string | null }>({
    hasNextPage: false,
    endCursor: null,
  });
  const [isLoadingReplies, setLoadingReplies] = useState(false);
  const [mode, setMode] = useState<'view' | 'reply' | 'edit'>('view');
  const [isReporting, setReporting] = useState(false);
  const [isBlocked, setBlocked] = useState(false);
  const titleId = useId();

  const isMine = !!viewer && comment.author?.id === viewer.id;

  const loadReplies = async (after: string | null = null) => {
    setLoadingReplies(true);
    try {
      const data = await queryBrowser(RepliesQuery, { variables: { id: comment.id, after } });
      const { items, hasNextPage, endCursor } = unmaskCommentPage(data.comment.replies);
      setReplies((list) => [...(after ? (list ?? []) : []), ...items]);
      setRepliesCursor({ hasNextPage, endCursor });
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setLoadingReplies(false);
    }
  };

  const reply = async (body: string) => {
    const data = await queryBrowser(AddCommentMutation, {
      variables: { input: { entryId: comment.entryId, body, parentId: comment.id } },
    });
    const created = unmaskComment(data.addComment);
    if (replies === null && comment.repliesCount > 0) await loadReplies();
    setReplies((list) => (list?.some((item) => item.id === created.id) ? list : [...(list ?? []), created]));
    setComment((current) => ({ ...current, repliesCount: current.repliesCount + 1 }));
    setMode('view');
    toast('Reply posted');
  };

  const edit = async (body: string) => {
    const data = await queryBrowser(EditCommentMutation, { variables: { id: comment.id, body } });
    setComment(unmaskComment(data.editComment));
    setMode('view');
    toast('Comment updated');
  };

  const remove = async () => {
    if (!window.confirm('Delete this comment? Replies stay; the comment shows as deleted.')) return;
    try {
      const data = await queryBrowser(DeleteCommentMutation, { variables: { id: comment.id } });
      setComment(unmaskComment(data.deleteComment));
      toast('Comment deleted');
    } catch (error) {
      toast(messageFor(error), 'error');
    }
  };

  const block = async () => {
    const author = comment.author;
    if (
      !author ||
      !window.confirm(`Block @${author.handle}? Their comments and shares will be hidden from you.`)
    )
      return;
    try {
      await queryBrowser(BlockMutation, { variables: { handle: author.handle } });
      setBlocked(true);
      toast(`Blocked @${author.handle}`);
    } catch (error) {
      toast(messageFor(error), 'error');
    }
  };

  const report = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = formText(new FormData(event.currentTarget), 'reason').trim();
    try {
      await queryBrowser(ReportCommentMutation, { variables: { id: comment.id, reason } });
      toast('Reported. Thank you — an administrator will look at it.');
      setReporting(false);
    } catch (error) {
      toast(messageFor(error), 'error');
    }
  };

  const author = comment.author;
  const menuItems = isMine
    ? [
        { label: 'Edit', onSelect: () => setMode('edit') },
        { label: 'Delete', onSelect: () => void remove(), tone: 'danger' as const },
      ]
    : author
      ? [
          { label: 'Report comment', onSelect: () => setReporting(true) },
          { label: `Block @${author.handle}`, onSelect: () => void block(), tone: 'danger' as const },
        ]
      : [];

  return (
    <li className="comment-item">
      <article
        className={`comment${comment.isTombstone ? ' comment--tombstone' : ''}`}
        aria-labelledby={titleId}
        id={`comment-${comment.id}`}
      >
        <div className="comment__avatar">
          {author && !comment.isTombstone ? (
            <Avatar name={author.displayName} src={author.avatarUrl} size="sm" />
          ) : (
            <span className="avatar avatar--sm avatar--ghost" aria-hidden="true" />
          )}
        </div>
        <div className="comment__main">
          <header className="comment__header" id={titleId}>
            {author && !comment.isTombstone ? (
              <>
                <Link href={`/u/${author.handle}`} className="comment__author">
                  {author.displayName}
                </Link>
                <span className="comment__handle">@{author.handle}</span>
                {comment.authorIsSourceOwner ? (
                  <>
                    <VerifiedBadge label="Verified owner of this source" />
                    <span className="badge badge--accent">Author</span>
                  </>
                ) : null}
              </>
            ) : (
              <span className="comment__author comment__author--gone">Deleted comment</span>
            )}
            <span className="comment__time">
              ·{' '}
              <TimeAgo iso={comment.createdAt} />
              {comment.editedAt && !comment.isTombstone ? <span> · edited</span> : null}
            </span>
          </header>
          {isBlocked ? (
            <p className="muted">You blocked this person.</p>
          ) : comment.isTombstone ? (
            <p className="comment__body muted">This comment was deleted.</p>
          ) : mode === 'edit' ? (
            <CommentForm
              label="Edit your comment"
              submitLabel="Save"
              initialBody={comment.body}
              onSubmit={edit}
              onCancel={() => setMode('view')}
              autoFocus
            />
          ) : (
            // bodyHtml is made safe by the API (escaped text, links, @mentions).
            <div className="comment__body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
          )}
          {!comment.isTombstone && mode !== 'edit' && !isBlocked ? (
            <div className="comment__actions">
              {viewer && depth < 6 ? (
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={mode === 'reply'}
                  onClick={() => setMode(mode === 'reply' ? 'view' : 'reply')}
                >
                  Reply<span className="visually-hidden"> to {author?.displayName ?? 'this comment'}</span>
                </button>
              ) : null}
              {menuItems.length > 0 ? (
                <MenuButton
                  label={`More actions for the comment by ${author?.displayName ?? 'someone'}`}
                  items={menuItems}
                  className="icon-button icon-button--small"
                >
                  <Icon name="more" size={18} />
                </MenuButton>
              ) : null}
            </div>
          ) : null}
          {mode === 'reply' ? (
            <CommentForm
              label={`Reply to ${author?.displayName ?? 'this comment'}`}
              submitLabel="Reply"
              onSubmit={reply}
              onCancel={() => setMode('view')}
              autoFocus
            />
          ) : null}
          {replies === null && comment.repliesCount > 0 ? (
            <button
              type="button"
              className="link-button comment__more"
              onClick={() => void loadReplies()}
              disabled={isLoadingReplies}
              aria-busy={isLoadingReplies}
            >
              {isLoadingReplies ? 'Loading…' : `Show ${plural(comment.repliesCount, 'reply', 'replies')}`}
            </button>
          ) : null}
          {replies && replies.length > 0 ? (
            <ol
              className="comment-list comment-list--replies"
              aria-label={`Replies to ${author?.displayName ?? 'a deleted comment'}`}
            >
              {replies.map((item) => (
                <CommentNode key={item.id} comment={item} depth={depth + 1} />
              ))}
            </ol>
          ) : null}
          {replies && repliesCursor.hasNextPage ? (
            <button
              type="button"
              className="link-button comment__more"
              onClick={() => void loadReplies(repliesCursor.endCursor)}
              disabled={isLoadingReplies}
            >
              More replies
            </button>
          ) : null}
        </div>
      </article>
      <Dialog open={isReporting} onClose={() => setReporting(false)} title="Report this comment">
        <form className="form" onSubmit={(event) => void report(event)}>
          <div className="field">
            <label htmlFor={`${titleId}-reason`}>What is wrong with it?</label>
            <textarea
              id={`${titleId}-reason`}
              name="reason"
              rows={3}
              maxLength={1000}
              placeholder="Spam, harassment, …"
            />
          </div>
          <div className="dialog__actions">
            <button type="submit" className="button">
              Send report
            </button>
          </div>
        </form>
      </Dialog>
    </li>
  );
}

/** The discussion under an entry: top-level comments oldest first, replies nested under them. */
export function CommentsThread({
  entryId,
  initial,
  count,
}: {
  entryId: string;
  initial: CommentPage;
  count: number;
}) {
  const viewer = useViewer();
  const toast = useToast();
  const [comments, setComments] = useState(initial.items);
  const [cursor, setCursor] = useState({ hasNextPage: initial.hasNextPage, endCursor: initial.endCursor });
  const [total, setTotal] = useState(count);
  const [isLoading, setLoading] = useState(false);

  const add = async (body: string) => {
    const data = await queryBrowser(AddCommentMutation, { variables: { input: { entryId, body } } });
    setComments((list) => [...list, unmaskComment(data.addComment)]);
    setTotal((value) => value + 1);
    toast('Comment posted');
  };

  const loadMore = async () => {
    setLoading(true);
    try {
      const data = await queryBrowser(MoreCommentsQuery, {
        variables: { id: entryId, after: cursor.endCursor },
      });
      const { items, hasNextPage, endCursor } = unmaskCommentPage(data.entry.comments);
      setComments((list) => [...list, ...items]);
      setCursor({ hasNextPage, endCursor });
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setLoading(false);
    }
  };

  return (
    <section className="comments" id="comments" aria-labelledby={`comments-title-${entryId}`}>
      <h2 id={`comments-title-${entryId}`} className="comments__title">
        {total > 0 ? plural(total, 'comment') : 'Comments'}
      </h2>
      {comments.length === 0 ? <p className="muted">No comments yet. Start the conversation.</p> : null}
      <ol className="comment-list">
        {comments.map((comment) => (
          <CommentNode key={comment.id} comment={comment} depth={0} />
        ))}
      </ol>
      {cursor.hasNextPage ? (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void loadMore()}
          disabled={isLoading}
          aria-busy={isLoading}
        >
          {isLoading ? 'Loading…' : 'More comments'}
        </button>
      ) : null}
      {viewer ? <CommentForm label="Add a comment" submitLabel="Comment" onSubmit={add} /> : null}
    </section>
  );
}
