// The colour theme: "system" follows prefers-color-scheme; "light"/"dark" are the visitor's explicit
// choice, kept in a cookie so the server renders the right theme in the first byte (no flash, no script).
export const THEME_COOKIE = 'tributary-theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | undefined | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The Set-Cookie-style string for document.cookie; "system" clears the choice. */
export function themeCookie(theme: Theme): string {
  const maxAge = theme === 'system' ? 0 : 60 * 60 * 24 * 400;
  return `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${maxAge}; SameSite=Lax`;
}
