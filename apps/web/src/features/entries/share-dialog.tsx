'use client';

import { useState, type FormEvent } from 'react';
import { formText, messageFor } from '@/lib/ui-errors';
import { Dialog } from '@/components/dialog';
import { FormError } from '@/components/form-error';
import { shareEntry, unshareEntry } from './entry-actions';

/** Share an entry with your followers, with an optional note; or take the share back. */
export function ShareDialog({
  entry,
  onClose,
  onChange,
}: {
  entry: { id: string; title: string; viewerHasShared: boolean } | null;
  onClose: () => void;
  onChange: (id: string, shared: boolean) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!entry) return;
    const note = formText(new FormData(event.currentTarget), 'note').trim();
    setBusy(true);
    setError(null);
    try {
      await shareEntry(entry.id, note);
      onChange(entry.id, true);
      onClose();
    } catch (caught) {
      setError(messageFor(caught));
    } finally {
      setBusy(false);
    }
  };

  const unshare = async () => {
    if (!entry) return;
    setBusy(true);
    try {
      await unshareEntry(entry.id);
      onChange(entry.id, false);
      onClose();
    } catch (caught) {
      setError(messageFor(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={!!entry} onClose={onClose} title="Share with your followers">
      {entry ? (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <p className="dialog__subject">{entry.title || 'Untitled post'}</p>
          <div className="field">
            <label htmlFor="share-note">Add a note (optional)</label>
            <textarea
              id="share-note"
              name="note"
              rows={3}
              maxLength={2000}
              placeholder="Why is this worth reading?"
            />
          </div>
          <FormError message={error} />
          <div className="dialog__actions">
            {entry.viewerHasShared ? (
              <button
                type="button"
                className="button button--quiet"
                disabled={isBusy}
                onClick={() => void unshare()}
              >
                Unshare
              </button>
            ) : null}
            <button type="submit" className="button" disabled={isBusy} aria-busy={isBusy}>
              {entry.viewerHasShared ? 'Update share' : 'Share'}
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
