import { initialsOf } from '@/lib/format';

export type AvatarSize = 'xs' | 'sm' | 'md' | 'lg' | 'xl';

const PIXELS: Record<AvatarSize, number> = { xs: 20, sm: 28, md: 40, lg: 56, xl: 96 };

/**
 * A round picture for a person or source; initials when there is none. Decorative by default (the
 * name is always written beside it); pass `label` when it stands alone.
 */
export function Avatar({
  name,
  src,
  size = 'md',
  label,
  square = false,
}: {
  name: string;
  src?: string | null | undefined;
  size?: AvatarSize;
  label?: string;
  square?: boolean;
}) {
  const className = `avatar avatar--${size}${square ? ' avatar--square' : ''}`;
  const px = PIXELS[size];
  if (src) {
    return (
      <img
        className={className}
        src={src}
        alt={label ?? ''}
        width={px}
        height={px}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
      />
    );
  }
  return (
    <span
      className={`${className} avatar--initials`}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      {initialsOf(name)}
    </span>
  );
}
