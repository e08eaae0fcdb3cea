'use client';

import { useState } from 'react';
import type { SourceKind } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { DiscoverSubscribeMutation, DiscoverUnsubscribeMutation } from '@/features/discover/discover.graphql';
import { useToast } from './toast';

/** Subscribe to / unsubscribe from one source; the state changes once the API has answered. */
export function SubscribeToggle({
  source,
  isSubscribed: initial,
}: {
  source: { id: string; kind: SourceKind; title: string; url: string };
  isSubscribed: boolean;
}) {
  const toast = useToast();
  const [isSubscribed, setSubscribed] = useState(initial);
  const [isBusy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      if (isSubscribed) {
        await queryBrowser(DiscoverUnsubscribeMutation, { variables: { sourceId: source.id } });
      } else {
        await queryBrowser(DiscoverSubscribeMutation, {
          // A known source: subscribe by id, nothing is resolved again (a stale one is fetched at once).
          variables: { input: { sourceId: source.id } },
        });
      }
      setSubscribed(!isSubscribed);
      toast(isSubscribed ? `Unsubscribed from ${source.title}` : `Subscribed to ${source.title}`);
    } catch (error) {
      toast(messageFor(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className={`button button--small${isSubscribed ? ' button--quiet' : ''}`}
      aria-pressed={isSubscribed}
      disabled={isBusy}
      onClick={() => void toggle()}
    >
      {isSubscribed ? 'Subscribed' : 'Subscribe'}
      <span className="visually-hidden"> to {source.title}</span>
    </button>
  );
}
