'use client';

import { useState } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { FollowMutation, UnfollowMutation } from './people.graphql';
import { messageFor } from '@/lib/ui-errors';
import { useToast } from '@/components/toast';

/** Follow / unfollow a person; optimistic, reverted on failure. */
export function FollowButton({
  handle,
  name,
  isFollowing: initial,
  onChange,
  small = false,
}: {
  handle: string;
  name: string;
  isFollowing: boolean;
  onChange?: (following: boolean, followersCount: number | null) => void;
  small?: boolean;
}) {
  const toast = useToast();
  const [isFollowing, setFollowing] = useState(initial);
  const [isBusy, setBusy] = useState(false);

  const toggle = async () => {
    const next = !isFollowing;
    setFollowing(next);
    setBusy(true);
    try {
      const data = next
        ? (await queryBrowser(FollowMutation, { variables: { handle } })).follow
        : (await queryBrowser(UnfollowMutation, { variables: { handle } })).unfollow;
      onChange?.(next, data.followersCount);
      toast(next ? `Following ${name}` : `Unfollowed ${name}`);
    } catch (error) {
      setFollowing(!next);
      toast(messageFor(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className={`button${isFollowing ? ' button--quiet' : ''}${small ? ' button--small' : ''}`}
      aria-pressed={isFollowing}
      disabled={isBusy}
      onClick={() => void toggle()}
    >
      {isFollowing ? 'Following' : 'Follow'}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
