import { Injectable } from '@nestjs/common';
import { isUuid, normalizeHandle, type User } from '@tributary/db';
import { z } from 'zod';
import { type Viewer } from '../../common/auth/viewer.js';
import { boundedString, freeText, parseInput, webUrl } from '../../common/validation.js';
import { byKey, type RequestLoaders } from '../../graphql/dataloader.plugin.js';
import { LOADER } from '../../graphql/loader-keys.js';
import { displayNameSchema } from '../auth/account-rules.util.js';
import { SessionService } from '../auth/session.service.js';
import { type UpdateProfileInput } from './dto/update-profile.input.js';
import { type UserConnection } from './dto/user.object.js';
import { UsersErrors } from './users.errors.js';
import { UsersRepository } from './users.repository.js';

const updateProfileSchema = z.object({
  displayName: displayNameSchema.nullish(),
  bio: freeText(2000).nullish(),
  avatarUrl: z.union([z.literal(''), webUrl]).nullish(),
});

const pageSchema = z.object({
  first: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100'),
  after: boundedString(200).nullish(),
  query: boundedString(30).trim().nullish(),
});

export function encodeCursor(id: string): string {
  return Buffer.from(`user:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string | null {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = decoded.startsWith('user:') ? decoded.slice(5) : '';
  return isUuid(id) ? id : null;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UsersRepository,
    private readonly sessions: SessionService,
  ) {}

  async me(viewer: Viewer | null): Promise<User | null> {
    return viewer ? this.repository.findById(viewer.id) : null;
  }

  /** A public profile; suspended accounts are hidden from everyone but administrators. */
  async byHandle(handle: string, viewer: Viewer | null): Promise<User | null> {
    if (handle.length > 100) return null;
    const user = await this.repository.findByHandleLower(normalizeHandle(handle.trim().replace(/^@/, '')));
    if (!user || (user.suspendedAt && viewer?.role !== 'ADMIN')) return null;
    return user;
  }

  /** A user by id, batched per request (a page of N profiles costs one query for their inviters). */
  async byId(loaders: RequestLoaders, id: string | null): Promise<User | null> {
    if (!id) return null;
    return loaders
      .get(LOADER.usersById, async (ids) =>
        byKey(ids, await this.repository.findByIds(ids), (user) => user.id),
      )
      .load(id);
  }

  canSeePrivateFields(user: Pick<User, 'id'>, viewer: Viewer | null): boolean {
    return viewer !== null && (viewer.id === user.id || viewer.role === 'ADMIN');
  }

  async updateProfile(viewer: Viewer, raw: UpdateProfileInput): Promise<User> {
    const input = parseInput(updateProfileSchema, raw);
    return this.repository.update(viewer.id, {
      ...(input.displayName != null && { displayName: input.displayName }),
      ...(input.bio != null && { bio: input.bio }),
      ...(input.avatarUrl != null && { avatarUrl: input.avatarUrl === '' ? null : input.avatarUrl }),
    });
  }

  async list(raw: { first: number; after?: string | null; query?: string | null }): Promise<UserConnection> {
    const input = parseInput(pageSchema, raw);
    const afterId = input.after ? decodeCursor(input.after) : null;
    if (input.after && !afterId) throw UsersErrors.badCursor();
    const rows = await this.repository.listPage(
      input.first,
      afterId,
      input.query ? normalizeHandle(input.query) : null,
    );
    const page = rows.slice(0, input.first);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > input.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async suspend(viewer: Viewer, id: string): Promise<User> {
    if (id === viewer.id) throw UsersErrors.cannotSuspendSelf();
    const user = isUuid(id) ? await this.repository.findById(id) : null;
    if (!user) throw UsersErrors.notFound();
    if (user.role === 'ADMIN') throw UsersErrors.cannotSuspendAdmin();
    const suspended = await this.repository.suspend(id);
    // Their sessions are gone; their open live streams end in every API process.
    await this.sessions.announceEnded({ userIds: [id] });
    return suspended;
  }

  async unsuspend(id: string): Promise<User> {
    const user = isUuid(id) ? await this.repository.findById(id) : null;
    if (!user) throw UsersErrors.notFound();
    return this.repository.unsuspend(id);
  }
}
