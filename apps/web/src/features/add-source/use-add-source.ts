'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import type { PreviewSourceMutation, SourceKind } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { FoldersQuery, PreviewSourceMutation as PreviewDoc, SubscribeMutation } from './add-source.graphql';

export type Preview = PreviewSourceMutation['previewSource'];

export const SOURCE_ERRORS = {
  SOURCE_UNSUPPORTED:
    'Tributary cannot follow that: it is not a feed, a Substack, a public Telegram channel or an X account.',
  SOURCE_UNREACHABLE: 'That site did not answer. Check the address, or try again later.',
  NOT_FOUND: 'Nothing was found there. Check the address or handle.',
  RATE_LIMITED: 'You are adding sources quickly. Wait a minute and try again.',
} as const;

/** A bare handle ("@name" or "name") could live on several platforms: the person picks. */
export function isBareHandle(input: string): boolean {
  return /^@?[A-Za-z0-9_]{2,64}$/.test(input.trim()) && !input.includes('.');
}

export type Phase =
  | { step: 'idle' }
  | { step: 'previewing' }
  | { step: 'preview'; preview: Preview }
  | { step: 'subscribing'; preview: Preview }
  | { step: 'done'; title: string; sourceId: string };

/** The steps of adding a source: input → preview → (folder) → subscribe, and what went wrong. */
export function useAddSource({ initialInput, onSubscribed }: { initialInput: string; onSubscribed?: () => void }) {
  const router = useRouter();
  const [input, setInputValue] = useState(initialInput);
  const [kind, setKind] = useState<SourceKind>('TELEGRAM');
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [folders, setFolders] = useState<string[]>([]);
  const [folder, setFolder] = useState('');

  useEffect(() => {
    queryBrowser(FoldersQuery).then(
      (data) => setFolders(data.folders.map((item) => item.name)),
      () => undefined,
    );
  }, []);

  const isBare = isBareHandle(input);

  const setInput = (value: string) => {
    setInputValue(value);
    if (phase.step === 'done') setPhase({ step: 'idle' });
  };

  const preview = async (event: FormEvent) => {
    event.preventDefault();
    if (!input.trim()) return;
    setError(null);
    setPhase({ step: 'previewing' });
    try {
      const data = await queryBrowser(PreviewDoc, {
        variables: { input: input.trim(), kind: isBare ? kind : null },
      });
      setPhase({ step: 'preview', preview: data.previewSource });
    } catch (caught) {
      setError(messageFor(caught, SOURCE_ERRORS));
      setPhase({ step: 'idle' });
    }
  };

  const subscribe = async (current: Preview) => {
    if (phase.step === 'subscribing') return;
    setError(null);
    setPhase({ step: 'subscribing', preview: current });
    try {
      const data = await queryBrowser(SubscribeMutation, {
        variables: {
          // The preview stored the source: subscribing by its id resolves nothing again.
          input: {
            sourceId: current.sourceId,
            ...(folder.trim() ? { folder: folder.trim() } : {}),
          },
        },
      });
      setPhase({ step: 'done', title: data.subscribe.title, sourceId: data.subscribe.source.id });
      setInputValue('');
      router.refresh();
      onSubscribed?.();
    } catch (caught) {
      setError(messageFor(caught, SOURCE_ERRORS));
      setPhase({ step: 'preview', preview: current });
    }
  };

  const shown = phase.step === 'preview' || phase.step === 'subscribing' ? phase.preview : null;
  return {
    input,
    setInput,
    kind,
    setKind,
    isBare,
    phase,
    error,
    folders,
    folder,
    setFolder,
    shown,
    isSubscribing: phase.step === 'subscribing',
    preview,
    subscribe,
  };
}
