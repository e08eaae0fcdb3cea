/** Bytes of a response → a parsed feed, whatever its format and encoding. */
import { ParseError } from '../errors.js';
import { decodeBytes, repairC1 } from './encoding.js';
import { isJsonFeedText, parseJsonFeed } from './json-feed.js';
import { type ParsedFeed } from './model.js';
import { parseXmlFeed } from './xml-feed.js';

export interface ParseFeedInput {
  body: Uint8Array | string;
  /** Document URL: base for relative links. */
  url?: string | null;
  /** `charset` from the HTTP Content-Type, if any. */
  charset?: string | null;
}

/** Whether text looks like an HTML page rather than a feed. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).toLowerCase();
  if (/<(rss|feed|rdf:rdf)[\s>]/.test(head)) return false;
  return /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(head);
}

export function decodeFeedText(input: ParseFeedInput): string {
  return typeof input.body === 'string' ? repairC1(input.body) : decodeBytes(input.body, input.charset).text;
}

/** Parse RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1. Throws ParseError otherwise. */
export function parseFeed(input: ParseFeedInput): ParsedFeed {
  const text = decodeFeedText(input);
  return parseFeedText(text, input.url ?? null);
}

export function parseFeedText(text: string, url: string | null): ParsedFeed {
  if (!/\S/.test(text)) throw new ParseError('The response is empty.', { reason: 'empty' });
  if (isJsonFeedText(text)) return parseJsonFeed(text, url);
  return parseXmlFeed(text, url);
}
