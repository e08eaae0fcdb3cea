import { AppError } from '../../common/errors.js';

export const AppPasswordErrors = {
  tooMany: (max: number) =>
    new AppError('CONFLICT', `You have ${max} app passwords already. Revoke one you no longer use first.`),
  notFound: () => new AppError('NOT_FOUND', 'App password not found.'),
  /** One answer for every refused credential: unknown, wrong, expired, revoked or a suspended account. */
  refused: () => new AppError('UNAUTHENTICATED', 'Wrong email or app password.'),
};
