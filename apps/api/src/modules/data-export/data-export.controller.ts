import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { isUuid } from '@tributary/db';
import { type Request, type Response } from 'express';
import { AppError } from '../../common/errors.js';
import { SessionService } from '../auth/session.service.js';
import { DataExportService } from './data-export.service.js';

/** `GET /exports/:id/archive.json`: the download of a finished export, for its owner's session only. */
@Controller('exports')
export class DataExportController {
  constructor(
    private readonly sessions: SessionService,
    private readonly exports: DataExportService,
  ) {}

  @Get(':id/archive.json')
  async download(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    const viewer = await this.sessions.resolveViewer(request);
    if (!viewer) {
      response.status(401).json({ error: 'UNAUTHENTICATED', message: 'Sign in to download your export.' });
      return;
    }
    try {
      if (!isUuid(id)) throw new AppError('NOT_FOUND', 'Export not found.');
      const json = await this.exports.content(viewer.id, id);
      response
        .status(200)
        .setHeader('Content-Type', 'application/json; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="tributary-${viewer.handle}-${id.slice(0, 8)}.json"`)
        .send(json);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        response.status(404).json({ error: 'NOT_FOUND', message: error.message });
        return;
      }
      throw error;
    }
  }
}
