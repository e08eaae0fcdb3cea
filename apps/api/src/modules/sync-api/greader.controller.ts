import { All, Controller, Logger, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { AppError } from '../../common/errors.js';
import { GraphQLContextFactory } from '../../graphql/context.factory.js';
import { type SyncPrincipal } from '../app-passwords/app-passwords.repository.js';
import { AppPasswordsService } from '../app-passwords/app-passwords.service.js';
import { GReaderService, type Params } from './greader.service.js';
import { openSyncRequest, sendError, sendJson } from './sync-request.util.js';

export const GREADER_PATH = '/api/greader';
const API = '/reader/api/0/';
const ATOM = '/reader/atom/';

/**
 * `/api/greader/…`: the Google Reader API (docs/sync-api.md). One handler reads the path itself, because
 * stream ids hold slashes and URLs (`stream/contents/feed/https://…`), encoded or not.
 */
@Controller('api/greader')
export class GReaderController {
  private readonly logger = new Logger(GReaderController.name);

  constructor(
    private readonly appPasswords: AppPasswordsService,
    private readonly greader: GReaderService,
    private readonly context: GraphQLContextFactory,
  ) {}

  @All(['', '*path'])
  async handle(@Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const params = await openSyncRequest(request, response);
      if (!params) return;
      const rawPath = new URL(request.originalUrl, 'http://localhost').pathname.slice(GREADER_PATH.length);
      const path = safeDecode(rawPath);
      const ip = this.context.clientIp(request);
      if (path === '/accounts/ClientLogin') return await this.clientLogin(params, ip, response);
      const token = authToken(request);
      if (!token) throw new AppError('UNAUTHENTICATED', 'Unauthorized: send Authorization: GoogleLogin auth=<token>.');
      const principal = await this.appPasswords.byReaderToken(token, ip);
      if (path.startsWith(ATOM)) {
        const stream = path.slice(ATOM.length);
        response
          .status(200)
          .setHeader('Cache-Control', 'no-store')
          .type('application/atom+xml; charset=utf-8')
          .send(await this.greader.atom(principal, stream, params, `${GREADER_PATH}${rawPath}`));
        return;
      }
      if (!path.startsWith(API)) throw new AppError('NOT_FOUND', 'No such endpoint.');
      const endpoint = path.slice(API.length);
      if (request.method === 'POST' && endpoint !== 'token') this.checkPostToken(params, token, response);
      await this.api(endpoint, principal, token, params, response);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        response.setHeader('WWW-Authenticate', 'GoogleLogin');
      }
      sendError(response, error, this.logger);
    }
  }

  private async clientLogin(params: Params, ip: string, response: Response): Promise<void> {
    const email = params.get('Email') ?? '';
    const password = params.get('Passwd') ?? '';
    try {
      const { token, principal } = await this.appPasswords.clientLogin(email, password, ip);
      const sid = `${principal.handle}/${token}`;
      if (params.get('output') === 'json') {
        sendJson(response, { SID: sid, LSID: sid, Auth: token });
        return;
      }
      response
        .status(200)
        .setHeader('Cache-Control', 'no-store')
        .type('text/plain; charset=utf-8')
        .send(`SID=${sid}\nLSID=${sid}\nAuth=${token}\n`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        response.status(401).setHeader('Cache-Control', 'no-store').type('text/plain').send('Error=BadAuthentication\n');
        return;
      }
      throw error;
    }
  }

  /** A `T` token, when a client sends one, must be the one /token gave it (Google's bad-token answer otherwise). */
  private checkPostToken(params: Params, authToken: string, response: Response): void {
    const sent = params.get('T');
    if (sent !== undefined && sent !== this.greader.postToken(authToken)) {
      response.setHeader('X-Reader-Google-Bad-Token', 'true');
      throw new AppError('UNAUTHENTICATED', 'Unauthorized: the T token is not valid.');
    }
  }

  private async api(
    endpoint: string,
    principal: SyncPrincipal,
    authToken: string,
    params: Params,
    response: Response,
  ): Promise<void> {
    const ok = (): void => {
      response.status(200).setHeader('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send('OK');
    };
    if (endpoint.startsWith('stream/contents/') || endpoint === 'stream/contents') {
      const stream = endpoint.slice('stream/contents/'.length) || params.get('s') || 'user/-/state/com.google/reading-list';
      return sendJson(response, await this.greader.streamContents(principal, stream, params));
    }
    switch (endpoint) {
      case 'token':
        response.status(200).setHeader('Cache-Control', 'no-store').type('text/plain').send(this.greader.postToken(authToken));
        return;
      case 'user-info':
        return sendJson(response, this.greader.userInfo(principal));
      case 'subscription/list':
        return sendJson(response, await this.greader.subscriptionList(principal));
      case 'subscription/edit':
        await this.greader.editSubscription(principal, params);
        return ok();
      case 'subscription/quickadd':
        return sendJson(response, await this.greader.quickAdd(principal, params));
      case 'tag/list':
        return sendJson(response, await this.greader.tagList(principal));
      case 'rename-tag':
        await this.greader.renameTag(principal, params);
        return ok();
      case 'disable-tag':
        await this.greader.disableTag(principal, params);
        return ok();
      case 'unread-count':
        return sendJson(response, await this.greader.unreadCount(principal));
      case 'stream/items/ids':
        return sendJson(response, await this.greader.itemIds(principal, params));
      case 'stream/items/contents':
        return sendJson(response, await this.greader.itemsContents(principal, params));
      case 'edit-tag':
        await this.greader.editTag(principal, params);
        return ok();
      case 'mark-all-as-read':
        await this.greader.markAllAsRead(principal, params);
        return ok();
      default:
        throw new AppError('NOT_FOUND', 'No such endpoint.');
    }
  }
}

/** `Authorization: GoogleLogin auth=<token>` (the token alone after `auth=`). */
function authToken(request: Request): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^GoogleLogin\s+auth=(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    throw new AppError('NOT_FOUND', 'No such endpoint.');
  }
}
