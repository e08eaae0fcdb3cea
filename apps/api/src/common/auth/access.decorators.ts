import { SetMetadata } from '@nestjs/common';

/**
 * Who may call a resolver. Every query, mutation and subscription states it; the AccessGuard refuses
 * (fails closed) any operation that does not.
 *  - PUBLIC: anyone, signed in or not
 *  - MEMBER: any signed-in, non-suspended person
 *  - ADMIN: administrators only
 * Owner checks ("only the author may edit") are business rules and live in services.
 */
export type Access = 'PUBLIC' | 'MEMBER' | 'ADMIN';

export const ACCESS_KEY = 'tributary:access';

export const Public = () => SetMetadata(ACCESS_KEY, 'PUBLIC' satisfies Access);
export const Member = () => SetMetadata(ACCESS_KEY, 'MEMBER' satisfies Access);
export const Admin = () => SetMetadata(ACCESS_KEY, 'ADMIN' satisfies Access);
