'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { queryBrowser } from '@/lib/graphql/browser';
import { messageFor } from '@/lib/ui-errors';
import { FormError } from '@/components/form-error';
import { Icon } from '@/components/icons';
import { useToast } from '@/components/toast';
import { datedFileName, downloadText } from './download';
import { ExportOpmlQuery, ImportOpmlMutation } from './settings.graphql';
import './settings.css';

/** Largest file read in the browser; the /graphql pass-through takes 10 MB. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Import an OPML file (chosen or pasted) — then the progress page — and export one. */
export function OpmlTools() {
  const router = useRouter();
  const toast = useToast();
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [error, setError] = useState<string | null>(null);
  const [isImporting, setImporting] = useState(false);
  const [isExporting, setExporting] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    let opml = '';
    let fileName: string | null = null;
    if (mode === 'file') {
      const file = form.get('file');
      if (!(file instanceof File) || file.size === 0) {
        setError('Choose an OPML file first.');
        return;
      }
      if (file.size > MAX_FILE_BYTES) {
        setError('That file is larger than 8 MB; an OPML list of feeds is usually far smaller.');
        return;
      }
      opml = await file.text();
      fileName = file.name;
    } else {
      const pasted = form.get('opml');
      opml = typeof pasted === 'string' ? pasted.trim() : '';
      if (!opml) {
        setError('Paste the contents of an OPML file first.');
        return;
      }
    }
    setImporting(true);
    try {
      const { importOpml } = await queryBrowser(ImportOpmlMutation, { variables: { opml, fileName } });
      router.push(`/settings/opml/${importOpml.id}`);
    } catch (caught) {
      setError(messageFor(caught));
      setImporting(false);
    }
  };

  const exportOpml = async () => {
    setExporting(true);
    try {
      const { exportOpml: text } = await queryBrowser(ExportOpmlQuery);
      downloadText(text, datedFileName('tributary-subscriptions', 'opml'), 'text/x-opml');
      toast('Your subscriptions were saved as an OPML file');
    } catch (caught) {
      toast(messageFor(caught), 'error');
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <form className="form card" onSubmit={(event) => void submit(event)} aria-labelledby="import-title">
        <h2 id="import-title" className="section-title">
          Import subscriptions (OPML)
        </h2>
        <p className="muted">
          Bring your subscriptions from another reader: export an OPML file there (Feedly, Inoreader,
          NewsBlur, Miniflux, NetNewsWire…) and import it here. Folders are kept; feeds you already follow are
          skipped.
        </p>
        <FormError message={error} />
        <fieldset className="choice">
          <legend className="visually-hidden">How to import</legend>
          <label className="choice__option">
            <input type="radio" name="mode" checked={mode === 'file'} onChange={() => setMode('file')} />{' '}
            Upload a file
          </label>
          <label className="choice__option">
            <input type="radio" name="mode" checked={mode === 'paste'} onChange={() => setMode('paste')} />{' '}
            Paste its contents
          </label>
        </fieldset>
        {mode === 'file' ? (
          <div className="field">
            <label htmlFor="opml-file">OPML file</label>
            <input
              id="opml-file"
              name="file"
              type="file"
              accept=".opml,.xml,text/x-opml,text/xml,application/xml"
            />
          </div>
        ) : (
          <div className="field">
            <label htmlFor="opml-text">OPML</label>
            <textarea
              id="opml-text"
              name="opml"
              rows={8}
              className="mono"
              spellCheck={false}
              placeholder={'<?xml version="1.0"?>\n<opml version="2.0">…'}
            />
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={isImporting}>
            {isImporting ? 'Checking the file…' : 'Import'}
          </button>
        </div>
      </form>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title" className="section-title">
          Export subscriptions
        </h2>
        <p className="muted">
          Every source you follow, with its folder and title, as an OPML 2.0 file any feed reader can import.
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button button--quiet"
            disabled={isExporting}
            onClick={() => void exportOpml()}
          >
            <Icon name="download" size={16} />
            {isExporting ? 'Preparing…' : 'Download OPML'}
          </button>
        </div>
      </section>
    </>
  );
}
