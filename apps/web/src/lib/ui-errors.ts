// Turns a failed request into a sentence for people. Components pass overrides for codes they expect.
import { isGraphQLRequestError, type GraphQLErrorCode } from './graphql/errors';

/**
 * Words for every code (the API's, packages/jobs API_ERROR_CODES, and the client's transport codes): what
 * is shown when a component has no override and the code is not one whose own message is shown.
 */
export const DEFAULT_MESSAGES = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: 'You are not allowed to do that.',
  BAD_USER_INPUT: 'Something you entered is not valid. Check it and try again.',
  NOT_FOUND: 'That no longer exists.',
  CONFLICT: 'That is already taken or was changed meanwhile. Reload and try again.',
  RATE_LIMITED: 'Too many tries in a short time. Wait a minute and try again.',
  INVITE_INVALID: 'That invite cannot be used: it is unknown, used up or expired.',
  SOURCE_UNSUPPORTED: 'Tributary cannot read that address: it is not a feed or a profile it knows.',
  SOURCE_UNREACHABLE: 'That site could not be read right now. Try again later.',
  INTERNAL: 'Something went wrong on our side. Try again in a moment.',
  NETWORK_ERROR: 'Tributary could not be reached. Check your connection and try again.',
  TIMEOUT: 'Tributary took too long to answer. Try again.',
  BAD_RESPONSE: 'Tributary sent an answer this page could not read. Reload and try again.',
} as const satisfies Record<GraphQLErrorCode, string>;

/** Codes whose message from the API is written for people and says more than the default. */
const OWN_WORDS: ReadonlySet<GraphQLErrorCode> = new Set(['SOURCE_UNSUPPORTED', 'SOURCE_UNREACHABLE', 'BAD_RESPONSE']);

export function codeOf(error: unknown): GraphQLErrorCode | undefined {
  return isGraphQLRequestError(error) ? error.code : undefined;
}

/** The message to show: an override for the code, the API's own words for input errors, else a default. */
export function messageFor(
  error: unknown,
  overrides: Partial<Record<GraphQLErrorCode, string>> = {},
): string {
  if (!isGraphQLRequestError(error)) return 'Something went wrong. Try again.';
  const override = overrides[error.code];
  if (override) return override;
  if (error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT' || error.code === 'INVITE_INVALID') {
    return error.message ? readableFieldMessage(error.message) : DEFAULT_MESSAGES[error.code];
  }
  if (OWN_WORDS.has(error.code)) return error.message || DEFAULT_MESSAGES[error.code];
  // The API says how long to wait ("… try again in 40 seconds"); the default only says "a minute".
  if (error.code === 'RATE_LIMITED' && /\d/.test(error.message)) return error.message;
  return DEFAULT_MESSAGES[error.code];
}

/**
 * The API starts input errors with the argument's path ("input.folder: must not…", "displayName: may
 * not…"); people read the field's name instead ("Folder: must not…", "Display name: may not…").
 */
export function readableFieldMessage(message: string): string {
  const match = /^([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*|\[\d+\])*): (.+)$/s.exec(message);
  if (!match?.[1] || !match[2]) return message;
  const field =
    match[1]
      .replace(/\[\d+\]/g, '')
      .split('.')
      .at(-1) ?? '';
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  if (!words) return message;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}: ${match[2]}`;
}

/** A text field of a submitted form ('' when missing or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
