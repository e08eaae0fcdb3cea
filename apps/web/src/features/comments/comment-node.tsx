'use client';

import Link from 'next/link';
import { useId } from 'react';
import { Avatar } from '@/components/avatar';
import { Dialog } from '@/components/dialog';
import { Icon, VerifiedBadge } from '@/components/icons';
import { MenuButton } from '@/components/menu-button';
import { TimeAgo } from '@/components/time-ago';
import { plural } from '@/lib/format';
import type { CommentItem } from './comments.graphql';
import { CommentForm } from './comment-form';
import { useComment } from './use-comment';

/** A comment with its actions and, once asked for, its replies (each a CommentNode, up to depth 6). */
export function CommentNode({ comment: initial, depth }: { comment: CommentItem; depth: number }) {
  const {
    viewer,
    comment,
    replies,
    repliesCursor,
    isLoadingReplies,
    mode,
    setMode,
    isReporting,
    setReporting,
    isBlocked,
    isMine,
    loadReplies,
    reply,
    edit,
    remove,
    block,
    report,
  } = useComment(initial);
  const titleId = useId();

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

