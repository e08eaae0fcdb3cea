import { AppError } from '../../common/errors.js';

export const UsersErrors = {
  notFound: () => new AppError('NOT_FOUND', 'No such user.'),
  cannotSuspendSelf: () =>
    new AppError('BAD_USER_INPUT', 'id: you cannot suspend yourself.', { field: 'id' }),
  cannotSuspendAdmin: () => new AppError('FORBIDDEN', 'Administrators cannot be suspended.'),
  badCursor: () => new AppError('BAD_USER_INPUT', 'after: this cursor is not valid.', { field: 'after' }),
};
