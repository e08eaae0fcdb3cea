// Turns a failed request into a sentence for people. Components pass overrides for codes they expect.
import { isGraphQLRequestError, type GraphQLErrorCode } from './graphql/errors';

const DEFAULTS: Partial<Record<GraphQLErrorCode, string>> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: 'You are not allowed to do that.',
  NOT_FOUND: 'That no longer exists.',
  RATE_LIMITED: 'Too many tries in a short time. Wait a minute and try again.',
  NETWORK_ERROR: 'Tributary could not be reached. Check your connection and try again.',
  TIMEOUT: 'Tributary took too long to answer. Try again.',
  INTERNAL: 'Something went wrong on our side. Try again in a moment.',
};

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
    return readableFieldMessage(error.message);
  }
  if (error.code === 'SOURCE_UNSUPPORTED' || error.code === 'SOURCE_UNREACHABLE') return error.message;
  // The API says how long to wait ("… try again in 40 seconds"); the default only says "a minute".
  if (error.code === 'RATE_LIMITED' && /\d/.test(error.message)) return error.message;
  return DEFAULTS[error.code] ?? error.message;
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
