'use client';

import { useEffect, useRef, useState } from 'react';
import { Icon } from '@/components/icons';
import './claims.css';

/** Copies with the Clipboard API, or (insecure origins, old browsers) a selected textarea + execCommand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: try the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  try {
    // Deprecated but still the only way without the Clipboard API.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * A button that copies `text`; "Copied" replaces its label for two seconds and is announced to
 * screen readers. When copying is impossible it says so (the text is shown beside it to copy by hand).
 */
export function CopyButton({
  text,
  label = 'Copy',
  what,
  className = 'button button--quiet button--small',
}: {
  text: string;
  label?: string;
  /** What is copied, for screen readers: "Copy the invite link". */
  what?: string;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    const isCopied = await copyText(text);
    setState(isCopied ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2500);
  };

  return (
    <span className="copy">
      <button type="button" className={className} onClick={() => void copy()}>
        <Icon name={state === 'copied' ? 'check' : 'copy'} size={16} />
        {state === 'copied' ? 'Copied' : label}
        {what ? <span className="visually-hidden"> {what}</span> : null}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {state === 'copied'
          ? `Copied ${what ?? ''}`.trim()
          : state === 'failed'
            ? 'Could not copy; select the text and copy it yourself'
            : ''}
      </span>
    </span>
  );
}
