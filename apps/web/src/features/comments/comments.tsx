'use client';

import { useState } from 'react';
import { useToast } from '@/components/toast';
import { useViewer } from '@/components/viewer';
import { queryBrowser } from '@/lib/graphql/browser';
import { plural } from '@/lib/format';
import { unmaskComment, unmaskCommentPage, type CommentPage } from './comments.graphql';
import { messageFor } from '@/lib/ui-errors';
import { CommentForm } from './comment-form';
import { CommentNode } from './comment-node';
import { AddCommentMutation, MoreCommentsQuery } from './comments.graphql';

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
