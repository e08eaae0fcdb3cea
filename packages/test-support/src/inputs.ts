import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The test inputs written for this project (packages/test-support/inputs, listed in its README.md):
 * small feeds, pages and API answers made for the cases the tests check. They live in the repository,
 * so `npm test` needs nothing beside the checkout.
 */
export const INPUTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../inputs');

/** The bytes of one input, e.g. `input('rss/harbour-lights.xml')`. */
export function input(relativePath: string): Buffer {
  const file = path.resolve(INPUTS_DIR, relativePath);
  if (!file.startsWith(INPUTS_DIR + path.sep)) throw new Error(`Not an input path: ${relativePath}`);
  return readFileSync(file);
}

/** One input as UTF-8 text. */
export function inputText(relativePath: string): string {
  return input(relativePath).toString('utf8');
}

/**
 * A legitimately large podcast feed (about 1.3 MB, `items` episodes), built from a template on each
 * call: the size cap, parse time and parsing-off-the-event-loop tests need one, and a file that big
 * does not belong in the repository.
 */
export function largePodcastFeed(items = 730): Buffer {
  const notes =
    'In this episode the crew of the harbour podcast talks about tides, ferries, lamps and the weather, ' +
    'answers letters from listeners and plays a short recording from the quay at dawn. ';
  const episodes: string[] = [];
  for (let index = items; index >= 1; index--) {
    const date = new Date(Date.UTC(2026, 0, 1) - (items - index) * 86_400_000).toUTCString();
    episodes.push(
      `<item><title>Harbourcast ${index}: Episode ${index}</title><link>https://harbourcast.example/episodes/${index}</link>` +
        `<guid isPermaLink="false">harbourcast-${index}</guid><pubDate>${date}</pubDate>` +
        `<description>${notes.repeat(9)}</description>` +
        `<enclosure url="https://media.harbourcast.example/harbourcast-${index}.mp3" length="${40_000_000 + index}" type="audio/mpeg"/>` +
        `<itunes:duration>1:${String(index % 60).padStart(2, '0')}:00</itunes:duration></item>`,
    );
  }
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">` +
      `<channel><title>Harbourcast</title><link>https://harbourcast.example/</link>` +
      `<description>A weekly show from the quay.</description>\n${episodes.join('\n')}\n</channel></rss>\n`,
    'utf8',
  );
}
