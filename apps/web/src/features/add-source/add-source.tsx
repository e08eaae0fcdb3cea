'use client';

import Link from 'next/link';
import { useId } from 'react';
import type { SourceKind } from '@/gql/graphql';
import { timelineHref } from '@/lib/timeline-params';
import { FormError } from '@/components/form-error';
import { Icon } from '@/components/icons';
import { SourcePreview } from './source-preview';
import { useAddSource } from './use-add-source';

export { isBareHandle } from './use-add-source';

const HANDLE_KINDS: { kind: SourceKind; label: string }[] = [
  { kind: 'TELEGRAM', label: 'Telegram channel' },
  { kind: 'X', label: 'X account' },
  { kind: 'SUBSTACK', label: 'Substack' },
];

/**
 * Paste a URL or handle → preview (title, picture, description, recent posts) → folder → subscribe.
 * Subscribing waits for the first fetch, so it shows progress and cannot be sent twice. The steps are
 * useAddSource; the preview card is SourcePreview.
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
  const id = useId();
  const {
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
    isSubscribing,
    preview,
    subscribe,
  } = useAddSource({ initialInput, onSubscribed });

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
            onChange={(event) => setInput(event.target.value)}
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
        {isBare ? (
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
        <SourcePreview
          id={id}
          shown={shown}
          isSubscribing={isSubscribing}
          folder={folder}
          folders={folders}
          onFolderChange={setFolder}
          onSubscribe={() => void subscribe(shown)}
        />
      ) : null}
    </div>
  );
}
