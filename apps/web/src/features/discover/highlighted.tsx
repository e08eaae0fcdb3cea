import { parseHighlight } from './highlight';

/** A search highlight as text with <mark>s — built from parsed runs, never from HTML. */
export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {parseHighlight(html).map((part, index) =>
        part.isMarked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
