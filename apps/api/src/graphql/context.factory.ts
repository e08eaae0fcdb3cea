import { Inject, Injectable } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { API_CONFIG, type ApiConfig } from '../common/config.js';
import { type RequestContext } from '../common/request-context.js';
import { SessionService } from '../modules/auth/session.service.js';

/** Builds the per-request GraphQL context: who is asking and from where. */
@Injectable()
export class GraphQLContextFactory {
  private readonly trustedProxies: Set<string>;

  constructor(
    @Inject(API_CONFIG) config: ApiConfig,
    private readonly sessions: SessionService,
  ) {
    this.trustedProxies = new Set(
      (config.TRUST_PROXY ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    );
  }

  /** The viewer comes from the session cookie, checked against the database on every request. */
  async create(req: Request, res: Response): Promise<RequestContext> {
    const viewer = await this.sessions.resolveViewer(req);
    return { req, res, viewer, ip: this.clientIp(req) };
  }

  /**
   * The socket's address, or — only when the socket is a trusted proxy — the last address that proxy
   * appended to X-Forwarded-For. Clients cannot spoof their way past per-IP limits.
   */
  clientIp(req: Request): string {
    const peer = normalizeIp(req.socket.remoteAddress ?? '');
    if (!this.trustedProxies.has(peer)) return peer;
    const forwarded = (req.headers['x-forwarded-for'] ?? '')
      .toString()
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    return normalizeIp(forwarded.at(-1) ?? peer);
  }
}

function normalizeIp(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
