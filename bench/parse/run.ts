/**
 * bench/parse — our feed parsing side by side with rss-parser, feedsmith,
 * @rowanmanning/feed-parser and feedparser on the fixture corpus, in one process and one run.
 *
 *   npm run parse -w @tributary/bench            (builds @tributary/bridges first)
 *   BENCH_ITERATIONS=20 npm run parse -w @tributary/bench
 *
 * Timing: every parser gets every file `iterations` times after a warm-up, files interleaved;
 * per file the median duration counts (robust against preemption on a shared machine).
 * Ours starts from bytes (it detects the encoding itself); the others get a UTF-8 string prepared
 * outside the timed region. "right" = no exception, the expected feed title, item count and
 * first item link (and first item title where bench/parse/expectations.json gives one).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { parseFeed as oursParse } from '@tributary/bridges/feed/parse';
import { normalizeItems } from '@tributary/bridges/feed/normalize';
import { parseFeed as feedsmithParse } from 'feedsmith';

const require = createRequire(import.meta.url);
const RssParser = require('rss-parser') as new () => { parseString(xml: string): Promise<{ title?: string; items: { title?: string; link?: string }[] }> };
const rowan = require('@rowanmanning/feed-parser') as { parseFeed(xml: string): { title: string | null; items: { title: string | null; url: string | null }[] } };
const FeedParser = require('feedparser') as new (options: object) => NodeJS.WritableStream & { meta: { title?: string }; read(): { title?: string; link?: string } | null };

interface Summary {
  title: string | null;
  items: number;
  firstLink: string | null;
  firstTitle: string | null;
}
interface Expectation extends Partial<Summary> {
  error?: boolean;
}
interface Fixture {
  name: string;
  bytes: Buffer;
  text: string;
  url: string;
  json: boolean;
  expect: Expectation;
}
type Adapter = (fixture: Fixture) => Promise<Summary> | Summary;

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const fixturesDir = process.env.TRIBUTARY_FIXTURES ?? path.resolve(repoRoot, '../shared/fixtures');
const iterations = Number(process.env.BENCH_ITERATIONS ?? 10);
const expectations = JSON.parse(readFileSync(path.join(here, 'expectations.json'), 'utf8')) as Record<string, Expectation>;

const fixtures: Fixture[] = Object.entries(expectations).map(([name, expect]) => {
  const bytes = readFileSync(path.join(fixturesDir, name));
  return { name, bytes, text: bytes.toString('utf8'), url: `https://fixtures.test/${name}`, json: name.endsWith('.json'), expect };
});

const clean = (value: unknown): string | null => {
  if (value == null) return null;
  const text = (typeof value === 'string' ? value : typeof value === 'object' && 'value' in value ? String((value as { value: unknown }).value) : String(value as string | number))
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
};

const adapters: Record<string, { adapter: Adapter; json: boolean }> = {
  'tributary (parse)': {
    json: true,
    adapter: (f) => {
      const feed = oursParse({ body: f.bytes, url: f.url });
      return { title: feed.title, items: feed.items.length, firstLink: feed.items[0]?.url ?? null, firstTitle: feed.items[0]?.title ?? null };
    },
  },
  'tributary (parse+sanitize)': {
    json: true,
    adapter: (f) => {
      const feed = oursParse({ body: f.bytes, url: f.url });
      const items = normalizeItems(feed);
      return { title: feed.title, items: items.length, firstLink: items[0]?.url ?? null, firstTitle: items[0]?.title ?? null };
    },
  },
  feedsmith: {
    json: true,
    adapter: (f) => {
      const { format, feed } = feedsmithParse(f.text) as { format: string; feed: Record<string, unknown> };
      const list = ((format === 'atom' ? feed.entries : feed.items) ?? []) as Record<string, unknown>[];
      const first = list[0];
      let link: unknown = null;
      if (first) {
        if (format === 'atom') {
          const links = (first.links ?? []) as { href?: string; rel?: string }[];
          link = links.find((l) => !l.rel || l.rel === 'alternate')?.href ?? null;
        } else if (format === 'json') link = first.url ?? first.external_url ?? null;
        else link = first.link ?? null;
      }
      return { title: clean(feed.title), items: list.length, firstLink: clean(link), firstTitle: clean(first?.title) };
    },
  },
  'rss-parser': {
    json: false,
    adapter: async (f) => {
      const feed = await new RssParser().parseString(f.text);
      return { title: clean(feed.title), items: feed.items.length, firstLink: clean(feed.items[0]?.link), firstTitle: clean(feed.items[0]?.title) };
    },
  },
  '@rowanmanning/feed-parser': {
    json: false,
    adapter: (f) => {
      const feed = rowan.parseFeed(f.text);
      return { title: clean(feed.title), items: feed.items.length, firstLink: clean(feed.items[0]?.url), firstTitle: clean(feed.items[0]?.title) };
    },
  },
  feedparser: {
    json: false,
    adapter: (f) =>
      new Promise<Summary>((resolve, reject) => {
        const parser = new FeedParser({ feedurl: f.url });
        const items: { title?: string; link?: string }[] = [];
        parser.on('error', reject);
        parser.on('readable', () => {
          for (let item = parser.read(); item; item = parser.read()) items.push(item);
        });
        parser.on('end', () =>
          resolve({ title: clean(parser.meta?.title), items: items.length, firstLink: clean(items[0]?.link), firstTitle: clean(items[0]?.title) }),
        );
        Readable.from([f.bytes]).pipe(parser);
      }),
  },
};

function isRight(expect: Expectation, got: Summary | Error): boolean {
  if (expect.error) return got instanceof Error;
  if (got instanceof Error) return false;
  if (got.title !== (expect.title ?? null)) return false;
  if (got.items !== expect.items) return false;
  if (expect.firstLink !== undefined && (got.firstLink ?? null) !== expect.firstLink) return false;
  if (expect.firstTitle && got.firstTitle !== expect.firstTitle) return false;
  return true;
}

async function runOnce(adapter: Adapter, fixture: Fixture): Promise<Summary | Error> {
  try {
    return await adapter(fixture);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

interface Row {
  name: string;
  ms: number;
  files: number;
  bytes: number;
  right: string[];
  wrong: string[];
}

async function measure(group: Fixture[], names: string[]): Promise<Row[]> {
  const rows = new Map<string, Row>(names.map((name) => [name, { name, ms: 0, files: group.length, bytes: 0, right: [], wrong: [] }]));
  for (const name of names) {
    const { adapter } = adapters[name]!;
    for (const fixture of group) {
      const result = await runOnce(adapter, fixture);
      (isRight(fixture.expect, result) ? rows.get(name)!.right : rows.get(name)!.wrong).push(fixture.name);
      for (let i = 0; i < 3; i++) await runOnce(adapter, fixture); // warm-up
    }
  }
  // samples[name][file] = one duration per iteration; a row's time is the sum over files of the
  // per-file median, so a preemption on a loaded machine does not land on one parser only.
  const samples = new Map(names.map((name) => [name, group.map(() => [] as number[])]));
  for (let i = 0; i < iterations; i++) {
    for (const [index, fixture] of group.entries()) {
      for (const name of names) {
        const { adapter } = adapters[name]!;
        const start = process.hrtime.bigint();
        await runOnce(adapter, fixture);
        samples.get(name)![index]!.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  for (const name of names) {
    const row = rows.get(name)!;
    row.ms = samples.get(name)!.reduce((sum, times) => sum + median(times), 0) * iterations;
    row.bytes = group.reduce((sum, fixture) => sum + fixture.bytes.byteLength, 0) * iterations;
  }
  return [...rows.values()];
}

function table(title: string, rows: Row[]): string {
  const fastestOthers = Math.max(...rows.filter((r) => !r.name.startsWith('tributary')).map((r) => r.bytes / r.ms));
  const lines = [
    `### ${title}`,
    '',
    '| parser | MB/s | ms/feed | vs fastest other (MB/s) | right |',
    '|---|---:|---:|---:|---:|',
    ...rows
      .sort((a, b) => b.bytes / b.ms - a.bytes / a.ms)
      .map((r) => {
        const mbps = r.bytes / 1e6 / (r.ms / 1000);
        const msPerFeed = r.ms / (r.files * iterations);
        return `| ${r.name} | ${mbps.toFixed(1)} | ${msPerFeed.toFixed(3)} | ${(r.bytes / r.ms / fastestOthers).toFixed(2)}x | ${r.right.length}/${r.files} |`;
      }),
  ];
  return lines.join('\n');
}

const xmlGroup = fixtures.filter((f) => !f.json);
const jsonGroup = fixtures.filter((f) => f.json);
const all = Object.keys(adapters);
const xmlRows = await measure(xmlGroup, all);
const jsonRows = await measure(jsonGroup, all.filter((name) => adapters[name]!.json));
const totalBytes = (group: Fixture[]): string => (group.reduce((sum, f) => sum + f.bytes.byteLength, 0) / 1e6).toFixed(2);

console.log(`Node ${process.version}, ${iterations} iterations after 3 warm-up runs per file.\n`);
console.log(table(`RSS/Atom/RDF corpus: ${xmlGroup.length} files, ${totalBytes(xmlGroup)} MB`, xmlRows));
console.log('');
console.log(table(`JSON Feed corpus: ${jsonGroup.length} files, ${totalBytes(jsonGroup)} MB`, jsonRows));
console.log('\n### Fixtures each parser gets wrong\n');
for (const row of [...xmlRows, ...jsonRows]) {
  console.log(`- ${row.name} (${row.files === xmlGroup.length ? 'XML' : 'JSON'}): ${row.wrong.length ? row.wrong.join(', ') : 'none'}`);
}
