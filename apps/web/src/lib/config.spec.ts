import { describe, expect, it } from 'vitest';
import { parseWebConfig, WebConfigError } from './config';

describe('web config', () => {
  it('defaults to the local API on API_PORT', () => {
    expect(parseWebConfig({}).apiUrl).toBe('http://127.0.0.1:4000/graphql');
    expect(parseWebConfig({ API_PORT: '4100' }).apiUrl).toBe('http://127.0.0.1:4100/graphql');
    expect(parseWebConfig({ API_PORT: '4100', API_URL: 'http://api:9000/graphql' }).apiUrl).toBe(
      'http://api:9000/graphql',
    );
    expect(parseWebConfig({ NODE_ENV: 'development' }).isDev).toBe(true);
    expect(parseWebConfig({ API_URL: '' }).apiUrl).toBe('http://127.0.0.1:4000/graphql');
  });

  it('names the variable that is wrong', () => {
    expect(() => parseWebConfig({ API_PORT: 'four' })).toThrow(WebConfigError);
    expect(() => parseWebConfig({ API_PORT: 'four' })).toThrow(/API_PORT/);
    expect(() => parseWebConfig({ API_URL: 'ftp://x/graphql' })).toThrow(/API_URL/);
    expect(() => parseWebConfig({ PUBLIC_WEB_URL: 'tributary' })).toThrow(/PUBLIC_WEB_URL/);
  });

  it('keeps the public address without a trailing slash', () => {
    expect(parseWebConfig({}).publicWebUrl).toBeUndefined();
    expect(parseWebConfig({ PUBLIC_WEB_URL: 'https://tributary.example/' }).publicWebUrl).toBe(
      'https://tributary.example',
    );
  });
});
