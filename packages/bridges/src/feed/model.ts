import { type MediaItem } from '../types.js';

/** A feed as read from the document, before sanitizing and id fallbacks (what the bench measures). */
export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json' | 'cdf';
  /** `2.0`, `0.91`, `1.0`, `0.90`, `atom-1.0`, `atom-0.3`, `json-1.1`, `cdf`... (`''`: an RSS document without a version) */
  version: string;
  title: string | null;
  /** Channel description / subtitle as HTML-ish text (may contain markup). */
  description: string | null;
  siteUrl: string | null;
  selfUrl: string | null;
  imageUrl: string | null;
  language: string | null;
  generator: string | null;
  webMaster: string | null;
  author: string | null;
  hubUrl: string | null;
  nextUrl: string | null;
  ttlSeconds: number | null;
  /** Codes found in `<tributary:verify>` (RSS/Atom) or `_tributary.verify` (JSON Feed). */
  verifyCodes: string[];
  /** The document URL or xml:base the feed's relative links resolve against. */
  baseUrl: string | null;
  items: ParsedItem[];
}

export interface ParsedItem {
  id: string | null;
  url: string | null;
  title: string | null;
  /** Full body HTML as found (unsanitized). */
  contentHtml: string | null;
  /** Short description/summary HTML as found (unsanitized). */
  summaryHtml: string | null;
  author: string | null;
  published: Date | null;
  updated: Date | null;
  media: MediaItem[];
  categories: string[];
  /** Base for relative URLs inside the content. */
  baseUrl: string | null;
  verifyCodes: string[];
}
