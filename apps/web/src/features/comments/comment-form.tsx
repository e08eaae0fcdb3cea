'use client';

import { useId, useState, type FormEvent } from 'react';
import { FormError } from '@/components/form-error';
import { messageFor } from '@/lib/ui-errors';

/** Writes a comment, a reply or an edit; Ctrl/Cmd+Enter sends, Escape cancels. */
export function CommentForm({
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
