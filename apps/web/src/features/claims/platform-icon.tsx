import type { SourceKind } from '@/gql/graphql';
import { KIND_LABEL } from '@/lib/format';

// Simplified platform marks (24×24, currentColor), drawn for Tributary; the label names the platform.
const PATHS: Record<SourceKind, string> = {
  RSS: 'M5 19a1.5 1.5 0 1 0 0-.01zM4 11a9 9 0 0 1 9 9M4 4a16 16 0 0 1 16 16',
  SUBSTACK: 'M5 4h14M5 8h14M5 12h14v9l-7-4-7 4z',
  TELEGRAM: 'M21 4L3 11l6 2 2 6 3-4 5 4zM9 13l9-7',
  X: 'M4 4l16 16M20 4L4 20',
};

/** A platform's mark with its name for screen readers (or decorative when the name is written beside). */
export function PlatformIcon({
  kind,
  size = 18,
  isDecorative = false,
}: {
  kind: SourceKind;
  size?: number;
  isDecorative?: boolean;
}) {
  return (
    <span
      className={`platform-icon platform-icon--${kind.toLowerCase()}`}
      title={isDecorative ? undefined : KIND_LABEL[kind]}
    >
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d={PATHS[kind]} />
      </svg>
      {isDecorative ? null : <span className="visually-hidden">{KIND_LABEL[kind]}</span>}
    </span>
  );
}
