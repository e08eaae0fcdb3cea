import { createHash, randomBytes } from 'node:crypto';
import { type PrismaClient } from '@tributary/db';
import { type TestUser } from './factories.js';

/** Gives `user` one of every kind of record a person makes or chooses, with `other` to interact with. */
export async function seedEverything(db: PrismaClient, user: TestUser, other: TestUser) {
  const tag = randomBytes(4).toString('hex');
  const source = await db.source.create({
    data: { kind: 'RSS', key: `rss:https://seed-${tag}.example/feed`, fetchUrl: `https://seed-${tag}.example/feed`, siteUrl: `https://seed-${tag}.example/`, title: `Seed ${tag}`, subscribersCount: 1 },
  });
  const entry = await db.entry.create({
    data: { sourceId: source.id, guid: `g-${tag}`, guidHash: createHash('sha256').update(tag).digest('hex'), url: `https://seed-${tag}.example/post`, title: 'A post & <more>', contentHtml: '<p>Body</p>', sortAt: new Date(Date.now() - 3600_000), publishedAt: new Date(Date.now() - 3600_000), commentsCount: 2, sharesCount: 1 },
  });
  const folder = await db.folder.create({ data: { userId: user.id, name: `Folder ${tag}` } });
  await db.subscription.create({ data: { userId: user.id, sourceId: source.id, folderId: folder.id, customTitle: 'My seed' } });
  await db.follow.create({ data: { followerId: user.id, followeeId: other.id } });
  await db.follow.create({ data: { followerId: other.id, followeeId: user.id } });
  await db.block.create({ data: { blockerId: user.id, blockedId: other.id } });
  const comment = await db.comment.create({ data: { entryId: entry.id, authorId: user.id, body: `Comment by ${user.handle}` } });
  const reply = await db.comment.create({ data: { entryId: entry.id, authorId: other.id, parentId: comment.id, body: 'A reply' } });
  await db.share.create({ data: { userId: user.id, entryId: entry.id, note: 'Worth reading' } });
  await db.entryState.create({ data: { userId: user.id, entryId: entry.id, readAt: new Date(), starredAt: new Date() } });
  const claim = await db.claim.create({
    data: { userId: user.id, sourceId: source.id, code: `tributary-verify=${tag}`, status: 'VERIFIED', method: 'DESCRIPTION', verifiedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await db.creatorProfile.create({ data: { userId: user.id } });
  const unusedInvite = await db.invite.create({ data: { code: `unused-${tag}`, createdById: user.id } });
  const usedInvite = await db.invite.create({ data: { code: `used-${tag}`, createdById: user.id, usesCount: 1, note: `for a friend of ${user.handle}` } });
  await db.report.create({ data: { commentId: reply.id, reporterId: user.id, reason: 'spam' } });
  await db.notification.create({ data: { userId: other.id, type: 'REPLY', actorId: user.id, commentId: comment.id, entryId: entry.id, dedupeKey: `reply:${comment.id}`, payload: { handle: user.handle } } });
  await db.notification.create({ data: { userId: user.id, type: 'NEW_FOLLOWER', actorId: other.id, dedupeKey: `follow:${tag}` } });
  await db.suggestionDismissal.create({ data: { userId: user.id, targetUserId: other.id } });
  return { source, entry, folder, comment, reply, claim, unusedInvite, usedInvite };
}
