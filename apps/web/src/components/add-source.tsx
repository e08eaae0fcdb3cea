'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { PreviewSourceMutation, SourceKind } from '@/gql/graphql';
import { queryBrowser } from '@/lib/graphql/browser';
import { KIND_LABEL, timeAgo } from '@/lib/format';
import { FoldersQuery, PreviewSourceMutation as PreviewDoc, SubscribeMutation } from '@/lib/queries';
import { timelineHref } from '@/lib/timeline-params';
import { messageFor } from '@/lib/ui-errors';
import { Avatar } from './avatar';
import { FormError } from './form-error';
import { Icon, VerifiedBadge } from './icons';

type Preview = PreviewSourceMutation['previewSource'];

const SOURCE_ERRORS = {
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

const HANDLE_KINDS: { kind: SourceKind; label: string }[] = [
  { kind: 'TELEGRAM', label: 'Telegram channel' },
  { kind: 'X', label: 'X account' },
  { kind: 'SUBSTACK', label: 'Substack' },
];

type Phase =
  | { step: 'idle' }
  | { step: 'previewing' }
  | { step: 'preview'; preview: Preview }
  | { step: 'subscribing'; preview: Preview }
  | { step: 'done'; title: string; sourceId: string };

/**
 * Paste a URL or handle → preview (title, picture, description, recent posts) → folder → subscribe.
 * Subscribing waits for the first fetch, so it shows progress and cannot be sent twice.
 */
export function AddSource({
  initialInput = '',
  compact = false,
  onSubscribed,
}: {
  initialInput?: string;
  compact?: boolean;
  onSubscribed?: () => void;
}) {
  const router = useRouter();
  const id = useId();
  const [input, setInput] = useState(initialInput);
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

  const bare = isBareHandle(input);

  const preview = async (event: FormEvent) => {
    event.preventDefault();
    if (!input.trim()) return;
    setError(null);
    setPhase({ step: 'previewing' });
    try {
      const data = await queryBrowser(PreviewDoc, {
        variables: { input: input.trim(), kind: bare ? kind : null },
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
      setInput('');
      router.refresh();
      onSubscribed?.();
    } catch (caught) {
      setError(messageFor(caught, SOURCE_ERRORS));
      setPhase({ step: 'preview', preview: current });
    }
  };

  const shown = phase.step === 'preview' || phase.step === 'subscribing' ? phase.preview : null;
  const isSubscribing = phase.step === 'subscribing';

  return (
    <div className={`add-source${compact ? ' add-source--compact' : ''}`}>
      <form
        className="add-source__form"
        onSubmit={(event) => void preview(event)}
        role="search"
        aria-label="Find a source"
      >
        <label htmlFor={`${id}-input`} className="add-source__label">
          Website, feed, Substack, Telegram channel or X account
        </label>
        <div className="add-source__row">
          <input
            id={`${id}-input`}
            value={input}
            onChange={(event) => {
              setInput(event.target.value);
              if (phase.step === 'done') setPhase({ step: 'idle' });
            }}
            placeholder="https://example.com, name.substack.com, t.me/channel, @handle"
            autoCapitalize="none"
            spellCheck={false}
            inputMode="url"
            disabled={isSubscribing}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button
            type="submit"
            className="button"
            disabled={!input.trim() || phase.step === 'previewing' || isSubscribing}
            aria-busy={phase.step === 'previewing'}
          >
            {phase.step === 'previewing' ? 'Looking…' : 'Preview'}
          </button>
        </div>
        {bare ? (
          <fieldset className="kind-chooser">
            <legend>
              Where does {input.trim().startsWith('@') ? input.trim() : `@${input.trim()}`} publish?
            </legend>
            {HANDLE_KINDS.map((option) => (
              <label key={option.kind} className="kind-chooser__option">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={option.kind}
                  checked={kind === option.kind}
                  onChange={() => setKind(option.kind)}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        ) : null}
      </form>

      {phase.step === 'previewing' ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> Looking it up — this can take a few seconds…
        </p>
      ) : null}

      <FormError id={`${id}-error`} message={error} />

      {phase.step === 'done' ? (
        <div className="notice notice--ok" role="status">
          <Icon name="check" /> Subscribed to <strong>{phase.title}</strong>.{' '}
          <Link href={timelineHref({ source: phase.sourceId })}>See its posts</Link>
        </div>
      ) : null}

      {shown ? (
        <section className="preview card" aria-labelledby={`${id}-title`} aria-busy={isSubscribing}>
          <header className="preview__header">
            <Avatar name={shown.title ?? shown.url} src={shown.imageUrl} size="lg" />
            <div className="preview__heading">
              <p className="preview__kind">{KIND_LABEL[shown.kind]}</p>
              <h2 id={`${id}-title`} className="preview__title">
                {shown.title ?? shown.url}
                {shown.source?.isVerified ? <VerifiedBadge label="Verified source" /> : null}
              </h2>
              <p className="preview__url">{shown.siteUrl ?? shown.url}</p>
            </div>
          </header>
          {shown.description ? <p className="preview__description">{shown.description}</p> : null}
          {shown.source && shown.source.subscribersCount > 0 ? (
            <p className="muted">
              {shown.source.subscribersCount === 1 ? '1 reader' : `${shown.source.subscribersCount} readers`}{' '}
              on Tributary
              {shown.source.viewerIsSubscribed ? ' — you already follow it' : ''}
            </p>
          ) : null}
          {shown.recentItems.length > 0 ? (
            <>
              <h3 className="preview__subtitle">Recent posts</h3>
              <ul className="preview__items">
                {shown.recentItems.slice(0, 5).map((item, index) => (
                  <li key={`${item.url ?? ''}${index}`} className="preview__item">
                    {item.imageUrl ? (
                      <img
                        src={item.imageUrl}
                        alt=""
                        width={56}
                        height={56}
                        loading="lazy"
                        decoding="async"
                        referrerPolicy="no-referrer"
                      />
                    ) : null}
                    <div>
                      <p className="preview__item-title">
                        {item.title || item.summary.slice(0, 120) || 'Untitled'}
                      </p>
                      {item.publishedAt ? (
                        <p className="muted preview__item-date">{timeAgo(item.publishedAt)}</p>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">No recent posts to show yet.</p>
          )}
          <div className="preview__subscribe">
            <div className="field">
              <label htmlFor={`${id}-folder`}>Folder (optional)</label>
              <input
                id={`${id}-folder`}
                list={`${id}-folders`}
                value={folder}
                onChange={(event) => setFolder(event.target.value)}
                placeholder="Choose or type a new folder"
                disabled={isSubscribing}
              />
              <datalist id={`${id}-folders`}>
                {folders.map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </div>
            <button
              type="button"
              className="button"
              disabled={isSubscribing || !!shown.source?.viewerIsSubscribed}
              aria-busy={isSubscribing}
              onClick={() => void subscribe(shown)}
            >
              {isSubscribing
                ? 'Subscribing…'
                : shown.source?.viewerIsSubscribed
                  ? 'Already following'
                  : 'Subscribe'}
            </button>
          </div>
          {isSubscribing ? (
            <div className="progress" role="status">
              <div className="progress__bar" aria-hidden="true" />
              <p>Fetching the first posts. This can take a few seconds for a large feed…</p>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
