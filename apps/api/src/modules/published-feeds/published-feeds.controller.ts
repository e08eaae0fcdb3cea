import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { FEED_FILES } from './feed-format.util.js';
import { PublishedFeedsService } from './published-feeds.service.js';

const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600';

/**
 * `GET /feeds/{u|c}/<handle>/feed.{xml|atom|json}` — the published feeds. The web app serves them at
 * `/u/...` and `/c/...` on its own origin by proxying here (conditional headers pass through).
 */
@Controller('feeds')
export class PublishedFeedsController {
  constructor(private readonly feeds: PublishedFeedsService) {}

  @Get(':kind/:handle/:file')
  async feed(
    @Param('kind') kind: string,
    @Param('handle') handle: string,
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const format = Object.hasOwn(FEED_FILES, file) ? FEED_FILES[file] : undefined;
    if ((kind !== 'u' && kind !== 'c') || !format || !/^[A-Za-z0-9_]{1,30}$/.test(handle)) {
      response.status(404).type('text/plain').send('No such feed.');
      return;
    }
    const rendered = await this.feeds.render(kind, handle, format);
    if (!rendered) {
      response.status(404).setHeader('Cache-Control', 'public, max-age=60').type('text/plain').send('No such feed.');
      return;
    }
    // HTTP dates have whole seconds.
    const lastModified = new Date(Math.floor(rendered.lastModified.getTime() / 1000) * 1000);
    response.setHeader('ETag', rendered.etag);
    response.setHeader('Last-Modified', lastModified.toUTCString());
    response.setHeader('Cache-Control', CACHE_CONTROL);
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (isNotModified(request, rendered.etag, lastModified)) {
      response.status(304).end();
      return;
    }
    response.status(200).setHeader('Content-Type', rendered.contentType).send(rendered.body);
  }
}

/** RFC 9110 §13.1: If-None-Match (weak comparison) wins; If-Modified-Since only without it. */
export function isNotModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && lastModified.getTime() <= since;
  }
  return false;
}
