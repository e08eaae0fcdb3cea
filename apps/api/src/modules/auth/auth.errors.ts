import { AppError } from '../../common/errors.js';

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
  emailTaken: () =>
    new AppError('CONFLICT', 'email: an account with this email already exists.', { field: 'email' }),
  wrongCurrentPassword: () =>
    new AppError('BAD_USER_INPUT', 'currentPassword: this is not your current password.', {
      field: 'currentPassword',
    }),
  sessionNotFound: () => new AppError('NOT_FOUND', 'No such session.'),
  notYourSession: () => new AppError('FORBIDDEN', 'This session belongs to someone else.'),
};
