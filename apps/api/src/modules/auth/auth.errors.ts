import { AppError } from '../../common/errors.js';
import { CONTEXT_PASSWORD_MESSAGE } from './password-context.util.js';

export const AuthErrors = {
  wrongCredentials: () => new AppError('UNAUTHENTICATED', 'That login and password do not match an account.'),
  suspended: () => new AppError('FORBIDDEN', 'This account is suspended.'),
  inviteInvalid: () =>
    new AppError(
      'INVITE_INVALID',
      'This invite code is not valid: it may be mistyped, expired, revoked or used up.',
      {
        field: 'inviteCode',
      },
    ),
  handleTaken: () => new AppError('CONFLICT', 'handle: this handle is already taken.', { field: 'handle' }),
  handleLooksTaken: () =>
    new AppError('CONFLICT', 'handle: this handle looks too much like one that is already taken.', {
      field: 'handle',
    }),
  /** Deliberately vague: the same answer whether or not an account has this email (no enumeration). */
  accountNotCreated: () =>
    new AppError(
      'BAD_USER_INPUT',
      'We could not create an account with these details. If you already have an account, sign in instead.',
    ),
  passwordFromContext: (field: 'password' | 'newPassword') =>
    new AppError('BAD_USER_INPUT', `${field}: ${CONTEXT_PASSWORD_MESSAGE}.`, { field }),
  wrongCurrentPassword: () =>
    new AppError('BAD_USER_INPUT', 'currentPassword: this is not your current password.', {
      field: 'currentPassword',
    }),
  sessionNotFound: () => new AppError('NOT_FOUND', 'No such session.'),
  notYourSession: () => new AppError('FORBIDDEN', 'This session belongs to someone else.'),
};
