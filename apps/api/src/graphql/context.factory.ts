import { Inject, Injectable } from '@nestjs/common';
import {
  CLIENT_ADDRESS_HEADER,
  normalizeAddress,
  parseTrustedProxies,
  resolveClientAddress,
  type TrustedProxies,
  verifyClientAddress,
} from '@tributary/client-address';
import { type Request, type Response } from 'express';
import { API_CONFIG, type ApiConfig } from '../common/config.js';
import { type RequestContext } from '../common/request-context.js';
import { SessionService } from '../modules/auth/session.service.js';

/** Builds the per-request GraphQL context: who is asking and from where. */
@Injectable()
export class GraphQLContextFactory {
  private readonly trustedProxies: TrustedProxies;
  private readonly internalSecret: string | undefined;

  constructor(
    @Inject(API_CONFIG) config: ApiConfig,
    private readonly sessions: SessionService,
  ) {
    this.trustedProxies = parseTrustedProxies(config.TRUST_PROXY);
    this.internalSecret = config.INTERNAL_API_SECRET;
  }

  /** The viewer comes from the session cookie, checked against the database on every request. */
  async create(req: Request, res: Response): Promise<RequestContext> {
    const viewer = await this.sessions.resolveViewer(req);
    return { req, res, viewer, ip: this.clientIp(req) };
  }

  /**
   * Where the request comes from, in this order:
   * 1. the address the web server vouches for in a header signed with INTERNAL_API_SECRET (checked
   *    signature, at most a minute old) — every browser request reaches the API through the web server;
   * 2. else the socket's address, or — only when the socket is a TRUST_PROXY proxy — the right-most
   *    X-Forwarded-For hop that is not itself a trusted proxy. What a client writes there is never believed.
   */
  clientIp(req: Request): string {
    if (this.internalSecret) {
      const vouched = verifyClientAddress(req.headers[CLIENT_ADDRESS_HEADER], this.internalSecret);
      if (vouched) return vouched;
    }
    const peer = req.socket.remoteAddress;
    return (
      resolveClientAddress(peer, req.headers['x-forwarded-for'], this.trustedProxies) ??
      normalizeAddress(peer) ??
      peer ??
      ''
    );
  }
}
