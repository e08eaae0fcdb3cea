import { type User } from '@tributary/db';
import { type SourceRow } from '../modules/sources/sources.repository.js';
import { loaderKey } from './dataloader.plugin.js';

/**
 * The request loaders more than one place reaches, each keyed and typed once. One module owns each
 * batch function (the service named beside it); the others call that service.
 */
export const LOADER = {
  /** UsersService.byId: authors, sharers, actors, inviters, owners. */
  usersById: loaderKey<string, User | null>('users.byId'),
  /** SourcesService.load / prime. */
  sourcesById: loaderKey<string, SourceRow | null>('sources.byId'),
} as const;
