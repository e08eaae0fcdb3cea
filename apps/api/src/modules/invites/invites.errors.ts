import { AppError } from '../../common/errors.js';

export const InvitesErrors = {
  notFound: () => new AppError('NOT_FOUND', 'No such invite.'),
  notYours: () => new AppError('FORBIDDEN', 'This invite belongs to someone else.'),
  multiUseAdminOnly: () =>
    new AppError('FORBIDDEN', 'maxUses: only administrators can create invites for more than one person.', {
      field: 'maxUses',
    }),
  quotaReached: (quota: number) =>
    new AppError('FORBIDDEN', `You have used all ${quota} of your invites.`, { quota }),
};
