'use client';

import { useState, type FormEvent } from 'react';
import { useToast } from '@/components/toast';
import { useViewer } from '@/components/viewer';
import { queryBrowser } from '@/lib/graphql/browser';
import { BlockMutation } from '@/features/people/people.graphql';
import { unmaskComment, unmaskCommentPage, type CommentItem } from './comments.graphql';
import { formText, messageFor } from '@/lib/ui-errors';
import {
  AddCommentMutation,
  DeleteCommentMutation,
  EditCommentMutation,
  RepliesQuery,
  ReportCommentMutation,
} from './comments.graphql';

export type CommentMode = 'view' | 'reply' | 'edit';

/** One comment's state and what can be done to it: replies (paged), reply, edit, delete, block, report. */
export function useComment(initial: CommentItem) {
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

  return {
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
  };
}
