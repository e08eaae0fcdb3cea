import { Injectable } from '@nestjs/common';
import { pageSize } from '../../graphql/cursor.util.js';
import { EntriesService } from '../entries/entries.service.js';
import { SourcesService } from '../sources/sources.service.js';
import { type Trending, type TrendingEntry, type TrendingSource, TrendingWindow } from './dto/trending.objects.js';
import { TrendingRepository } from './trending.repository.js';

const HOUR = 3_600;

/** Window length and half-life per window: activity a few half-lives old barely counts, older is out. */
export const WINDOWS = {
  [TrendingWindow.DAY]: { windowSeconds: 24 * HOUR, halfLifeSeconds: 6 * HOUR },
  [TrendingWindow.WEEK]: { windowSeconds: 7 * 24 * HOUR, halfLifeSeconds: 36 * HOUR },
} as const satisfies Record<TrendingWindow, { windowSeconds: number; halfLifeSeconds: number }>;

@Injectable()
export class TrendingService {
  constructor(
    private readonly repository: TrendingRepository,
    private readonly entries: EntriesService,
    private readonly sources: SourcesService,
  ) {}

  async trending(context: object, viewerId: string, window: TrendingWindow, first: number, now = new Date()): Promise<Trending> {
    const limit = pageSize(first, 50);
    const query = { viewerId, now, limit, ...WINDOWS[window] };
    const [entryRows, sourceRows] = await Promise.all([this.repository.entries(query), this.repository.sources(query)]);
    const entries = await Promise.all(entryRows.map((row) => this.entries.load(context, row.entryId)));
    const sources = await Promise.all(sourceRows.map((row) => this.sources.load(context, row.sourceId)));
    return {
      window,
      halfLifeHours: WINDOWS[window].halfLifeSeconds / HOUR,
      entries: entryRows.flatMap((row, index): TrendingEntry[] => {
        const entry = entries[index];
        return entry ? [{ ...row, entry }] : [];
      }),
      sources: sourceRows.flatMap((row, index): TrendingSource[] => {
        const source = sources[index];
        return source ? [{ ...row, source }] : [];
      }),
    };
  }
}
