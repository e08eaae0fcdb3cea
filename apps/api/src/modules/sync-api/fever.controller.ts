import { All, Controller, Logger, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { AppError } from '../../common/errors.js';
import { GraphQLContextFactory } from '../../graphql/context.factory.js';
import { AppPasswordsService } from '../app-passwords/app-passwords.service.js';
import { FEVER_API_VERSION, FeverService } from './fever.service.js';
import { openSyncRequest, sendError, sendJson } from './sync-request.util.js';

/**
 * `/api/fever/?api` (and `/api/fever?api`: answered at both, never redirected — some clients do not follow
 * a redirect of a POST). The api_key is md5("email:app password") as the client computes it.
 */
@Controller('api/fever')
export class FeverController {
  private readonly logger = new Logger(FeverController.name);

  constructor(
    private readonly appPasswords: AppPasswordsService,
    private readonly fever: FeverService,
    private readonly context: GraphQLContextFactory,
  ) {}

  @All(['', 'index.php'])
  async handle(@Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const params = await openSyncRequest(request, response);
      if (!params) return;
      const apiKey = params.get('api_key');
      if (!apiKey) {
        sendJson(response, { api_version: FEVER_API_VERSION, auth: 0 });
        return;
      }
      let principal;
      try {
        principal = await this.appPasswords.byFeverKey(apiKey, this.context.clientIp(request));
      } catch (error) {
        if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
          sendJson(response, { api_version: FEVER_API_VERSION, auth: 0 });
          return;
        }
        throw error;
      }
      sendJson(response, await this.fever.answer(principal, params));
    } catch (error) {
      sendError(response, error, this.logger);
    }
  }
}
