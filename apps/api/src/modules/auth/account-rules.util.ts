import { z } from 'zod';
import { nameText } from '../../common/validation.js';
import { isCommonPassword } from './common-passwords.util.js';
import { handleSkeleton } from './handle-skeleton.util.js';

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 30;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
export const DISPLAY_NAME_MAX = 100;
export const EMAIL_MAX = 254;

/**
 * Handles that would collide with routes of the web app (`/u/<handle>`, `/c/<handle>`, `/settings`),
 * or impersonate the service. Compared case-insensitively.
 */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  'admin',
  'administrator',
  'root',
  'system',
  'sysadmin',
  'support',
  'help',
  'staff',
  'mod',
  'moderator',
  'security',
  'abuse',
  'postmaster',
  'webmaster',
  'hostmaster',
  'noreply',
  'no_reply',
  'info',
  'contact',
  'tributary',
  'official',
  'team',
  'api',
  'graphql',
  'www',
  'web',
  'app',
  'mail',
  'email',
  'ftp',
  'cdn',
  'static',
  'assets',
  'public',
  'media',
  'images',
  'settings',
  'account',
  'accounts',
  'profile',
  'me',
  'signup',
  'sign_up',
  'register',
  'login',
  'log_in',
  'logout',
  'log_out',
  'signin',
  'sign_in',
  'signout',
  'auth',
  'oauth',
  'session',
  'sessions',
  'password',
  'invite',
  'invites',
  'u',
  'c',
  'user',
  'users',
  'creator',
  'creators',
  'feed',
  'feeds',
  'rss',
  'atom',
  'json',
  'timeline',
  'home',
  'explore',
  'discover',
  'search',
  'notifications',
  'subscriptions',
  'sources',
  'source',
  'entry',
  'entries',
  'claims',
  'export',
  'import',
  'opml',
  'about',
  'terms',
  'privacy',
  'legal',
  'status',
  'health',
  'null',
  'undefined',
  'anonymous',
  'everyone',
  'here',
  'all',
  'new',
  'edit',
  'delete',
]);

/** The look-alike keys of the reserved names: `Admin_`, `adm_in` or `аdmin` pass for `admin`. */
const RESERVED_SKELETONS: ReadonlySet<string> = new Set([...RESERVED_HANDLES].map(handleSkeleton));

export type HandleProblem = 'length' | 'characters' | 'reserved';

/** What is wrong with a handle, or null when it may be used. Pure: the rules the signup form shows. */
export function checkHandle(handle: string): HandleProblem | null {
  if (handle.length < HANDLE_MIN || handle.length > HANDLE_MAX) return 'length';
  if (isReservedHandle(handle)) return 'reserved';
  if (!/^[A-Za-z0-9_]+$/.test(handle)) return 'characters';
  return null;
}

/** Whether `handle` is, or looks like, a reserved name (compared by handleSkeleton). */
export function isReservedHandle(handle: string): boolean {
  return RESERVED_HANDLES.has(handle.toLowerCase()) || RESERVED_SKELETONS.has(handleSkeleton(handle));
}

const HANDLE_MESSAGES: Record<HandleProblem, string> = {
  length: `must be ${HANDLE_MIN}–${HANDLE_MAX} characters`,
  characters: 'may contain only letters, digits and underscores',
  reserved: 'is reserved or looks like a reserved name; please choose another',
};

export const handleSchema = z
  .string({ error: 'must be text' })
  .trim()
  .max(200, `must be ${HANDLE_MIN}–${HANDLE_MAX} characters`)
  .superRefine((value, context) => {
    const problem = checkHandle(value);
    if (problem) context.addIssue({ code: 'custom', message: HANDLE_MESSAGES[problem] });
  });

export const emailSchema = z
  .string({ error: 'must be text' })
  .trim()
  .max(EMAIL_MAX, `must be at most ${EMAIL_MAX} characters`)
  .toLowerCase()
  .pipe(z.email({ error: 'must be a valid email address' }));

export const newPasswordSchema = z
  .string({ error: 'must be text' })
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters`)
  .refine((value) => !isCommonPassword(value), 'is one of the most common passwords; please choose another');

/** Refuses control, bidi and invisible characters (common/text.util.ts). */
export const displayNameSchema = nameText(DISPLAY_NAME_MAX).min(1, 'is required');
