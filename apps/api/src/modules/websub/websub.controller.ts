import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { readRawBody } from './read-raw-body.util.js';
import { type CallbackAnswer, WebSubService } from './websub.service.js';

/**
 * `GET|POST /websub/<token>`: the WebSub subscriber callback, public and unauthenticated; the token in
 * the path is the subscription's unguessable id. The web app forwards `<PUBLIC_WEB_URL>/websub/*` here.
 * Pushed bodies are held to the API's request size limit (GRAPHQL_MAX_BODY_BYTES).
 */
@Controller('websub')
export class WebSubController {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly websub: WebSubService,
  ) {}

  @Get(':token')
  async verify(
    @Param('token') token: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    send(response, await this.websub.verifyIntent(token, query));
  }

  @Post(':token')
  async push(
    @Param('token') token: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const target = await this.websub.pushTarget(token);
    if ('answer' in target) {
      request.resume();
      send(response, target.answer);
      return;
    }
    const raw = await readRawBody(request, this.config.GRAPHQL_MAX_BODY_BYTES);
    if (!raw.ok) {
      if (raw.reason === 'too-large')
        send(response, {
          status: 413,
          body: `The body is too large (at most ${this.config.GRAPHQL_MAX_BODY_BYTES} bytes).`,
        });
      else response.destroy();
      return;
    }
    const signature = request.headers['x-hub-signature'];
    send(
      response,
      await this.websub.acceptPush(
        target.subscription,
        typeof signature === 'string' ? signature : undefined,
        request.headers['content-type'],
        raw.body,
      ),
    );
  }
}

function send(response: Response, answer: CallbackAnswer): void {
  response
    .status(answer.status)
    .setHeader('Cache-Control', 'no-store')
    .setHeader('X-Content-Type-Options', 'nosniff')
    .type('text/plain; charset=utf-8')
    .send(answer.body ?? '');
}
