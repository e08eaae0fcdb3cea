import { describe, expect, it } from 'vitest';
import { parseTheme, themeCookie } from './theme';

describe('theme', () => {
  it('treats anything but light/dark as system', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('purple')).toBe('system');
    expect(parseTheme(undefined)).toBe('system');
  });

  it('persists explicit choices for a long time and clears the system choice', () => {
    expect(themeCookie('dark')).toMatch(/^tributary-theme=dark; Path=\/; Max-Age=\d{6,}; SameSite=Lax$/);
    expect(themeCookie('system')).toContain('Max-Age=0');
  });
});
