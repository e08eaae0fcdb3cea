/** The Tributary mark: streams joining into one. Decorative; the wordmark beside it carries the name. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      className="logo-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="currentColor" />
      <path
        d="M7 10c5 0 6 4 9 4s4-4 9-4M7 16c5 0 6 4 9 4s4-4 9-4M16 20v6"
        fill="none"
        stroke="var(--color-on-accent)"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
    </svg>
  );
}
