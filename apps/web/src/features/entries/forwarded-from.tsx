import { Icon } from '@/components/icons';

/** "Forwarded from X" above a forwarded post (Telegram forwards), linking the original when there is one. */
export function ForwardedFrom({
  forward,
}: {
  forward: { name: string; url?: string | null } | null | undefined;
}) {
  if (!forward) return null;
  return (
    <p className="forwarded-from">
      <Icon name="share" size={14} />
      <span>
        Forwarded from{' '}
        {forward.url ? (
          <a
            href={forward.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="forwarded-from__name"
          >
            {forward.name}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <span className="forwarded-from__name">{forward.name}</span>
        )}
      </span>
    </p>
  );
}
