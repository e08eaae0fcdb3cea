import { Injectable } from '@nestjs/common';
import { normalizeHandle, type User } from '@tributary/db';
import { NotificationWriter } from '@tributary/domain';
import { AppError } from '../../common/errors.js';
import { loadersOf } from '../../graphql/dataloader.plugin.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { UsersService } from '../users/users.service.js';
import { SocialRepository } from './social.repository.js';

@Injectable()
export class SocialService {
  constructor(
    private readonly social: SocialRepository,
    private readonly users: UsersService,
    private readonly notifications: NotificationWriter,
  ) {}

  async byHandle(handle: string): Promise<User> {
    const user = handle.length <= 64 ? await this.social.findByHandleLower(normalizeHandle(handle.replace(/^@/, ''))) : null;
    if (!user) throw new AppError('NOT_FOUND', `Nobody is called @${handle.replace(/^@/, '').slice(0, 64)}.`);
    return user;
  }

  /** Users by id, batched per request (authors, sharers, actors): the one users loader, UsersService's. */
  loadUser(context: object, id: string): Promise<User | null> {
    return this.users.byId(loadersOf(context), id);
  }

  async follow(viewerId: string, handle: string): Promise<User> {
    const target = await this.byHandle(handle);
    if (target.id === viewerId) throw new AppError('BAD_USER_INPUT', 'You cannot follow yourself.', { field: 'handle' });
    if (await this.social.blocks(target.id, viewerId)) throw new AppError('FORBIDDEN', 'You cannot follow this person.');
    if (await this.social.blocks(viewerId, target.id)) {
      throw new AppError('CONFLICT', 'You block this person; unblock them to follow them.');
    }
    if (await this.social.follow(viewerId, target.id)) {
      await this.notifications.notify([
        { userId: target.id, type: 'NEW_FOLLOWER', actorId: viewerId, dedupeKey: `follow:${viewerId}` },
      ]);
    }
    return target;
  }

  async unfollow(viewerId: string, handle: string): Promise<User> {
    const target = await this.byHandle(handle);
    await this.social.unfollow(viewerId, target.id);
    return target;
  }

  async block(viewerId: string, handle: string): Promise<User> {
    const target = await this.byHandle(handle);
    if (target.id === viewerId) throw new AppError('BAD_USER_INPUT', 'You cannot block yourself.', { field: 'handle' });
    await this.social.block(viewerId, target.id);
    return target;
  }

  async unblock(viewerId: string, handle: string): Promise<User> {
    const target = await this.byHandle(handle);
    await this.social.unblock(viewerId, target.id);
    return target;
  }

  blockedUsers(viewerId: string): Promise<User[]> {
    return this.social.blockedUsers(viewerId);
  }

  /** Ids among `userIds` the viewer blocks (batched per request); hides their comments and shares. */
  async isBlockedByViewer(context: object, viewerId: string, userId: string): Promise<boolean> {
    return loadersOf(context)
      .get<string, boolean>('viewerBlocks', async (ids) => {
        const blocked = new Set(await this.social.blockedAmong(viewerId, ids));
        return ids.map((id) => blocked.has(id));
      })
      .load(userId);
  }

  blocks(blockerId: string, blockedId: string): Promise<boolean> {
    return this.social.blocks(blockerId, blockedId);
  }

  async followers(handle: string, first: number, after: string | null): Promise<Page<User>> {
    const user = await this.byHandle(handle);
    const size = pageSize(first);
    const rows = await this.social.followers(user.id, size + 1, decodeCursor(after));
    return toPage(rows, size, (row) => ({ at: row.followedAt, id: row.id }), (row) => row);
  }

  async following(handle: string, first: number, after: string | null): Promise<Page<User>> {
    const user = await this.byHandle(handle);
    const size = pageSize(first);
    const rows = await this.social.following(user.id, size + 1, decodeCursor(after));
    return toPage(rows, size, (row) => ({ at: row.followedAt, id: row.id }), (row) => row);
  }

  followersCount(context: object, userId: string): Promise<number> {
    return loadersOf(context)
      .get<string, number>('followersCount', async (ids) => {
        const counts = await this.social.followerCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(userId);
  }

  followingCount(context: object, userId: string): Promise<number> {
    return loadersOf(context)
      .get<string, number>('followingCount', async (ids) => {
        const counts = await this.social.followingCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(userId);
  }

  viewerIsFollowing(context: object, viewerId: string, userId: string): Promise<boolean> {
    return loadersOf(context)
      .get<string, boolean>('viewerFollows', async (ids) => {
        const followed = new Set(await this.social.followedAmong(viewerId, ids));
        return ids.map((id) => followed.has(id));
      })
      .load(userId);
  }

  followsViewer(context: object, viewerId: string, userId: string): Promise<boolean> {
    return loadersOf(context)
      .get<string, boolean>('followsViewer', async (ids) => {
        const followers = new Set(await this.social.followersAmong(viewerId, ids));
        return ids.map((id) => followers.has(id));
      })
      .load(userId);
  }
}
