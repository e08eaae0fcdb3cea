import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { type FeedLinkObject } from './dto/feed-link.object.js';
import {
  CONTENT_TYPES,
  FEED_FILE_OF,
  type FeedFormat,
  type PublishedFeed,
  type PublishedItem,
  renderFeed,
} from './feed-format.util.js';
import { type FeedEntry, PublishedFeedsRepository } from './published-feeds.repository.js';

/** Items per published feed. */
const FEED_ITEMS = 50;

export type FeedKind = 'u' | 'c';

export interface RenderedFeed {
  body: string;
  contentType: string;
  etag: string;
  lastModified: Date;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Each person's shares (`/u/<handle>/feed.*`) and each verified creator's posts across all their sources
 * (`/c/<handle>/feed.*`), as RSS 2.0, Atom 1.0 and JSON Feed 1.1. Served on the web origin, which proxies
 * to the API's `/feeds/...` (docs/data-ownership.md).
 */
@Injectable()
export class PublishedFeedsService {
  private readonly web: string;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly repository: PublishedFeedsRepository,
  ) {
    this.web = config.PUBLIC_WEB_URL;
  }

  /** Feed URLs on the web origin, for autodiscovery `<link rel="alternate">` on a profile page. */
  feedLinks(kind: FeedKind, handle: string, title: string): FeedLinkObject[] {
    const formats: [FeedFormat, string][] = [
      ['rss', 'RSS'],
      ['atom', 'Atom'],
      ['json', 'JSON Feed'],
    ];
    return formats.map(([format, label]) => ({
      rel: 'alternate',
      type: CONTENT_TYPES[format].split(';')[0]!,
      title: `${title} (${label})`,
      href: this.feedUrl(kind, handle, format),
    }));
  }

  async linksFor(userId: string, handle: string, displayName: string): Promise<FeedLinkObject[]> {
    const links = this.feedLinks('u', handle, `Shared by ${displayName}`);
    if ((await this.repository.verifiedSourceIds(userId)).length > 0) links.push(...this.feedLinks('c', handle, displayName));
    return links;
  }

  /** The rendered feed, or null when there is no such person (or they are no verified creator). */
  async render(kind: FeedKind, handle: string, format: FeedFormat): Promise<RenderedFeed | null> {
    const feed = kind === 'u' ? await this.sharesFeed(handle) : await this.creatorFeed(handle);
    if (!feed) return null;
    const body = renderFeed(feed, format);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    return { body, contentType: CONTENT_TYPES[format], etag, lastModified: feed.updated };
  }

  private feedUrl(kind: FeedKind, handle: string, format: FeedFormat): string {
    return `${this.web}/${kind}/${encodeURIComponent(handle)}/${FEED_FILE_OF[format]}`;
  }

  private base(kind: FeedKind, person: { handle: string; displayName: string; avatarUrl: string | null; createdAt: Date }) {
    const selfUrls = {
      rss: this.feedUrl(kind, person.handle, 'rss'),
      atom: this.feedUrl(kind, person.handle, 'atom'),
      json: this.feedUrl(kind, person.handle, 'json'),
    };
    return {
      homeUrl: `${this.web}/${kind}/${encodeURIComponent(person.handle)}`,
      selfUrls,
      id: selfUrls.atom,
      authorName: person.displayName,
      iconUrl: person.avatarUrl,
      language: null,
      hubUrl: this.config.WEBSUB_HUB_URL ?? null,
    };
  }

  private async sharesFeed(handle: string): Promise<PublishedFeed | null> {
    const person = await this.repository.findPerson(handle);
    if (!person || person.suspendedAt) return null;
    const shares = await this.repository.shares(person.id, FEED_ITEMS);
    const items = shares.map((share): PublishedItem => {
      const base = this.item(share.entry);
      const note = share.note ? `<blockquote><p>${escapeHtml(share.note).replace(/\n/g, '<br>')}</p><p>— ${escapeHtml(person.displayName)}</p></blockquote>` : '';
      return {
        ...base,
        id: `urn:uuid:${share.id}`,
        contentHtml: note + base.contentHtml,
        summary: share.note || base.summary,
        published: share.createdAt,
        updated: share.createdAt,
      };
    });
    return {
      ...this.base('u', person),
      title: `${person.displayName} (@${person.handle}) — shared on Tributary`,
      description: `What @${person.handle} shares on Tributary.`,
      updated: items[0]?.published ?? person.createdAt,
      items,
    };
  }

  private async creatorFeed(handle: string): Promise<PublishedFeed | null> {
    const person = await this.repository.findPerson(handle);
    if (!person || person.suspendedAt) return null;
    const sourceIds = await this.repository.verifiedSourceIds(person.id);
    if (sourceIds.length === 0) return null;
    const entries = await this.repository.creatorEntries(sourceIds, FEED_ITEMS);
    const items = entries.map((entry) => this.item(entry, person.displayName));
    return {
      ...this.base('c', person),
      title: `${person.displayName} (@${person.handle})`,
      description: person.bio || `Everything ${person.displayName} publishes, gathered by Tributary.`,
      updated: items.reduce((newest, item) => (item.updated > newest ? item.updated : newest), person.createdAt),
      items,
    };
  }

  private item(entry: FeedEntry, fallbackAuthor?: string): PublishedItem {
    const published = entry.publishedAt ?? entry.sortAt;
    return {
      id: `urn:uuid:${entry.id}`,
      url: absoluteOr(entry.url, `${this.web}/e/${entry.id}`),
      title: entry.title,
      contentHtml: entry.contentHtml,
      summary: entry.summary,
      authorName: entry.author ?? fallbackAuthor ?? null,
      published,
      updated: entry.editedAt && entry.editedAt > published ? entry.editedAt : published,
      sourceTitle: entry.source.title || null,
      sourceUrl: absoluteOr(entry.source.siteUrl, entry.source.fetchUrl),
    };
  }
}

function absoluteOr(url: string | null, fallback: string): string {
  if (url) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
    } catch {
      // falls through
    }
  }
  return fallback;
}
