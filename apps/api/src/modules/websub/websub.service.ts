import { Injectable, Logger } from '@nestjs/common';
import { QUEUE } from '@tributary/jobs';
import { JobGateway } from '../../common/job-gateway.service.js';
import { type CallbackSubscription, WebSubRepository } from './websub.repository.js';
import { isValidHubSignature } from './websub-signature.util.js';

/** What the callback answers: a status and an optional text body. */
export interface CallbackAnswer {
  status: number;
  body?: string;
}

/** Callback tokens as the worker makes them (24 random bytes, base64url); anything else is unknown. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;
/** A hub that names no lease gets the default one hubs are asked for (WEBSUB_LEASE_SECONDS' default). */
const DEFAULT_LEASE_SECONDS = 10 * 86_400;
const MAX_LEASE_SECONDS = 365 * 86_400;
const MAX_CHALLENGE_LENGTH = 1_024;

const NOT_FOUND: CallbackAnswer = { status: 404, body: 'No such subscription.' };
/** W3C WebSub §8: 410 tells the hub the subscription is deleted. */
const GONE: CallbackAnswer = { status: 410, body: 'This subscription has ended.' };
/** 2xx for every push the hub delivered, kept or dropped (§8: no signature oracle for brute force). */
const ACCEPTED: CallbackAnswer = { status: 202 };

export type PushTarget = { subscription: CallbackSubscription } | { answer: CallbackAnswer };

/**
 * The subscriber's callback (W3C WebSub §5.3 verification of intent, §8 content distribution). It only
 * checks and records: a push is handed to the worker as a job; nothing is fetched or parsed here.
 */
@Injectable()
export class WebSubService {
  private readonly logger = new Logger('WebSub');

  constructor(
    private readonly repository: WebSubRepository,
    private readonly jobs: JobGateway,
  ) {}

  /**
   * `GET <callback>?hub.mode=…&hub.topic=…&hub.challenge=…&hub.lease_seconds=…`: confirms only what this
   * subscription asked for — its own topic, in the state its last request left it — and echoes the
   * challenge; everything else is 404, which tells the hub we did not ask.
   */
  async verifyIntent(token: string, query: Record<string, unknown>): Promise<CallbackAnswer> {
    if (!TOKEN.test(token)) return NOT_FOUND;
    const mode = text(query['hub.mode']);
    const topic = text(query['hub.topic']);
    const challenge = text(query['hub.challenge']);
    if (!topic) return NOT_FOUND;
    switch (mode ?? '') {
      case 'subscribe': {
        if (!challenge || challenge.length > MAX_CHALLENGE_LENGTH) return NOT_FOUND;
        const lease = leaseSecondsOf(text(query['hub.lease_seconds']));
        if (lease === null) return NOT_FOUND;
        return (await this.repository.confirmSubscribe(token, topic, lease))
          ? challengeAnswer(challenge)
          : NOT_FOUND;
      }
      case 'unsubscribe':
        if (!challenge || challenge.length > MAX_CHALLENGE_LENGTH) return NOT_FOUND;
        return (await this.repository.confirmUnsubscribe(token, topic))
          ? challengeAnswer(challenge)
          : NOT_FOUND;
      case 'denied': {
        const reason = text(query['hub.reason']);
        const isKnown = await this.repository.recordDenied(
          token,
          topic,
          `The hub denied the subscription${reason ? `: ${reason}` : '.'}`,
        );
        return isKnown ? { status: 200, body: '' } : NOT_FOUND;
      }
      default:
        return NOT_FOUND;
    }
  }

  /** The subscription a push is for, before its body is read: unknown or ended ones are answered at once. */
  async pushTarget(token: string): Promise<PushTarget> {
    if (!TOKEN.test(token)) return { answer: GONE };
    const subscription = await this.repository.findByToken(token);
    if (!subscription || (subscription.state !== 'ACTIVE' && subscription.state !== 'SUBSCRIBING'))
      return { answer: GONE };
    return { subscription };
  }

  /**
   * A signed push is enqueued for the worker, carrying the subscription's own source id: whatever the
   * body claims to be, it can only be stored into the source this callback belongs to. Unsigned and
   * badly signed pushes are dropped (and counted).
   */
  async acceptPush(
    subscription: CallbackSubscription,
    signature: string | undefined,
    contentType: string | undefined,
    body: Uint8Array,
  ): Promise<CallbackAnswer> {
    if (!isValidHubSignature(signature, subscription.secret, body)) {
      await this.repository.recordRejectedPush(subscription.id);
      this.logger.warn(
        `dropped a push to subscription ${subscription.id}: ${signature ? 'wrong' : 'no'} signature`,
      );
      return ACCEPTED;
    }
    try {
      // The worker parses and stores pushed content, never the request.
      await this.jobs.enqueue(QUEUE.websub, {
        task: 'push',
        subscriptionId: subscription.id,
        sourceId: subscription.sourceId,
        contentType: contentType?.slice(0, 200) ?? null,
        body: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('base64'),
      });
    } catch (error) {
      this.logger.warn(
        `could not enqueue a push to subscription ${subscription.id}: ${(error as Error).message}`,
      );
      // The hub retries a delivery that failed.
      return { status: 503, body: 'Try again later.' };
    }
    await this.repository.recordPush(subscription.id);
    return ACCEPTED;
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function leaseSecondsOf(value: string | null): number | null {
  if (value === null) return DEFAULT_LEASE_SECONDS;
  if (!/^\d{1,10}$/.test(value)) return null;
  const seconds = Number(value);
  return seconds > 0 ? Math.min(seconds, MAX_LEASE_SECONDS) : null;
}

function challengeAnswer(challenge: string): CallbackAnswer {
  return { status: 200, body: challenge };
}
