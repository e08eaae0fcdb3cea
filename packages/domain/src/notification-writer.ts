import { type Notification, type NotificationType, type Prisma, type PrismaClient } from '@tributary/db';
import { type LivePublisher } from './live-publisher.js';

export interface NewNotification {
  userId: string;
  type: NotificationType;
  actorId?: string | null;
  entryId?: string | null;
  commentId?: string | null;
  sourceId?: string | null;
  claimId?: string | null;
  payload?: Prisma.InputJsonValue;
  /** Unique per recipient: the same event never notifies twice (e.g. `mention:<commentId>`). */
  dedupeKey: string;
}

/** A client or an open transaction: notifications written inside a transaction commit with it. */
export type NotificationDb = Pick<Prisma.TransactionClient, 'block' | 'notification'>;

/**
 * Notices about the recipient's own claims: delivered whoever the actor is (an administrator revoking,
 * the person who took a source over), even someone the recipient blocks.
 */
const ACCOUNT_NOTICES: ReadonlySet<NotificationType> = new Set([
  'CLAIM_VERIFIED',
  'CLAIM_FAILED',
  'CLAIM_EXPIRED',
  'CLAIM_LOST',
  'CLAIM_REVOKED',
]);

/**
 * Inserts what is new and answers the rows inserted. The rules, in one place:
 * - dedupe: the unique (userId, dedupeKey) index drops duplicates, so retries and races notify once;
 * - never to oneself, and never from someone the recipient blocks (claim notices excepted).
 * Live delivery is the caller's next step (`NotificationWriter.announce`), after its transaction commits.
 */
export async function insertNotifications(db: NotificationDb, items: readonly NewNotification[]): Promise<Notification[]> {
  if (items.length === 0) return [];
  const social = items.filter((item) => !ACCOUNT_NOTICES.has(item.type) && item.actorId);
  const actorIds = [...new Set(social.map((item) => item.actorId!))];
  const blocks = actorIds.length
    ? await db.block.findMany({
        where: { blockedId: { in: actorIds }, blockerId: { in: [...new Set(social.map((item) => item.userId))] } },
        select: { blockerId: true, blockedId: true },
      })
    : [];
  const blocked = new Set(blocks.map((block) => `${block.blockerId}:${block.blockedId}`));
  const data = items.filter(
    (item) =>
      ACCOUNT_NOTICES.has(item.type) ||
      !item.actorId ||
      (item.userId !== item.actorId && !blocked.has(`${item.userId}:${item.actorId}`)),
  );
  if (data.length === 0) return [];
  return db.notification.createManyAndReturn({ data, skipDuplicates: true });
}

/**
 * The one writer of Notification rows, for both apps: `notify` stores and delivers live; inside a
 * transaction, `insertNotifications(tx, …)` stores and `announce` delivers once it has committed.
 */
export class NotificationWriter {
  constructor(
    private readonly db: PrismaClient,
    private readonly live: LivePublisher,
  ) {}

  async notify(items: readonly NewNotification[]): Promise<Notification[]> {
    const created = await insertNotifications(this.db, items);
    await this.announce(created);
    return created;
  }

  /** Live delivery of stored notifications (best effort: the rows are there either way). */
  announce(rows: readonly Pick<Notification, 'id' | 'userId'>[]): Promise<void> {
    return this.live.notifications(rows);
  }
}
