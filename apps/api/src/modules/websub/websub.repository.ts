import { Injectable } from '@nestjs/common';
import { type WebSubSubscription } from '@tributary/db';
import { PrismaService } from '../../common/prisma.service.js';

export type CallbackSubscription = Pick<
  WebSubSubscription,
  'id' | 'sourceId' | 'topicUrl' | 'secret' | 'state'
>;

/** The callback's reads and writes of WebSubSubscription; every state change is one conditional update. */
@Injectable()
export class WebSubRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByToken(callbackToken: string): Promise<CallbackSubscription | null> {
    return this.prisma.client.webSubSubscription.findUnique({
      where: { callbackToken },
      select: { id: true, sourceId: true, topicUrl: true, secret: true, state: true },
    });
  }

  /** The hub confirmed a (re)subscription to this topic: ACTIVE with its lease. False when nothing matched. */
  async confirmSubscribe(callbackToken: string, topicUrl: string, leaseSeconds: number): Promise<boolean> {
    const now = new Date();
    const { count } = await this.prisma.client.webSubSubscription.updateMany({
      where: { callbackToken, topicUrl, state: { in: ['SUBSCRIBING', 'ACTIVE'] } },
      data: {
        state: 'ACTIVE',
        verifiedAt: now,
        leaseSeconds,
        leaseExpiresAt: new Date(now.getTime() + leaseSeconds * 1000),
        lastError: null,
      },
    });
    return count === 1;
  }

  /** The hub confirmed the unsubscription we asked for. */
  async confirmUnsubscribe(callbackToken: string, topicUrl: string): Promise<boolean> {
    const { count } = await this.prisma.client.webSubSubscription.updateMany({
      where: { callbackToken, topicUrl, state: 'UNSUBSCRIBING' },
      data: { state: 'UNSUBSCRIBED', verifiedAt: new Date(), leaseExpiresAt: null, lastError: null },
    });
    return count === 1;
  }

  /** The hub refused the subscription (`hub.mode=denied`). */
  async recordDenied(callbackToken: string, topicUrl: string, reason: string): Promise<boolean> {
    const { count } = await this.prisma.client.webSubSubscription.updateMany({
      where: { callbackToken, topicUrl, state: { in: ['SUBSCRIBING', 'ACTIVE'] } },
      data: { state: 'FAILED', leaseExpiresAt: null, lastError: reason.slice(0, 500) },
    });
    return count === 1;
  }

  async recordPush(id: string): Promise<void> {
    await this.prisma.client.webSubSubscription.update({ where: { id }, data: { lastPushAt: new Date() } });
  }

  async recordRejectedPush(id: string): Promise<void> {
    await this.prisma.client.webSubSubscription.update({
      where: { id },
      data: { rejectedPushes: { increment: 1 } },
    });
  }
}
