/** Replay a VCR.py cassette (tweepy's recordings): status, headers and the gzip+base64 body. */
import { gunzipSync } from 'node:zlib';
import { readFixture } from './corpus.js';
import { type Reply } from './server.js';

export interface Cassette {
  uri: URL;
  reply: Reply;
}

export function loadCassette(fixture: string): Cassette {
  const text = readFixture(fixture).toString('utf8');
  const uri = /^\s+uri:\s*(\S+)/m.exec(text)?.[1];
  const code = /^\s+code:\s*(\d+)/m.exec(text)?.[1];
  const binary = /string: !!binary \|\n((?:\s{8}[A-Za-z0-9+/=]+\n)+)/.exec(text)?.[1];
  // aiohttp cassettes store the body as a folded single-quoted YAML string instead.
  const quoted = /string: '([\s\S]*?)'\n\s+headers:/.exec(text)?.[1];
  if (!uri || !code || (!binary && quoted === undefined)) throw new Error(`${fixture} is not a cassette this helper understands`);
  const responseHeaders = text.slice(text.indexOf('  response:'));
  const headers: Record<string, string> = {};
  for (const match of responseHeaders.matchAll(/^ {6}([A-Za-z0-9-]+):\n {6}- '?([^'\n]*)'?$/gm)) {
    const name = match[1]!.toLowerCase();
    if (name !== 'content-encoding' && name !== 'content-length' && name !== 'set-cookie') headers[name] = match[2]!;
  }
  const body = binary
    ? gunzipSync(Buffer.from(binary.replace(/\s+/g, ''), 'base64'))
    : Buffer.from(
        quoted!
          .split('\n')
          .map((line, index) => (index === 0 ? line : line.trimStart()))
          .join(' ')
          .replace(/''/g, "'"),
        'utf8',
      );
  return { uri: new URL(uri), reply: { status: Number(code), headers, body } };
}
