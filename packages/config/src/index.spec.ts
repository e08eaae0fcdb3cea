import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadApiConfig, loadWorkerConfig } from './index.js';

describe('config', () => {
  it('applies the documented defaults', () => {
    const config = loadApiConfig({});
    expect(config.API_PORT).toBe(4000);
    expect(config.WEB_PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgresql://postgres@127.0.0.1:5432/tributary');
    expect(config.PUBLIC_WEB_URL).toBe('http://localhost:3000');
    expect(loadWorkerConfig({}).FETCH_MIN_INTERVAL).toBe(300);
    expect(loadWorkerConfig({}).TELEGRAM_BASE_URL).toBe('https://t.me');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadApiConfig({ API_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadApiConfig({ API_PORT: 'eighty' })).toThrow(/API_PORT/);
    expect(() => loadWorkerConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
    expect(() => loadWorkerConfig({ SUBSTACK_URL_TEMPLATE: 'https://x.example' })).toThrow(/SUBSTACK_URL_TEMPLATE/);
  });

  it('parses the private-host allowlist and treats empty values as unset', () => {
    const config = loadWorkerConfig({ FETCH_ALLOW_PRIVATE_HOSTS: ' Localhost:8080, 127.0.0.1 ,', X_BEARER_TOKEN: '' });
    expect(config.FETCH_ALLOW_PRIVATE_HOSTS).toEqual(['localhost:8080', '127.0.0.1']);
    expect(config.X_BEARER_TOKEN).toBeUndefined();
  });

  it('masks secrets when described', () => {
    const described = describeConfig(
      loadWorkerConfig({ X_BEARER_TOKEN: 'secret', DATABASE_URL: 'postgresql://u:pw@db:5432/x' }),
    );
    expect(described.X_BEARER_TOKEN).toBe('***');
    expect(described.DATABASE_URL).toBe('postgresql://u:***@db:5432/x');
  });

  it('parses rate limits written COUNT/SECONDS and names a malformed one', () => {
    const config = loadApiConfig({ RATE_LIMIT_LOGIN_IP: '3/60' });
    expect(config.RATE_LIMIT_LOGIN_IP).toEqual({ limit: 3, windowSeconds: 60 });
    expect(config.RATE_LIMIT_LOGIN_ACCOUNT).toEqual({ limit: 25, windowSeconds: 3600 });
    expect(() => loadApiConfig({ RATE_LIMIT_SIGNUP_IP: 'ten' })).toThrow(/RATE_LIMIT_SIGNUP_IP/);
    expect(() => loadApiConfig({ RATE_LIMIT_SIGNUP_IP: '0/60' })).toThrow(/RATE_LIMIT_SIGNUP_IP/);
  });

  it('defaults argon2id to the ASVS parameters', () => {
    const config = loadApiConfig({});
    expect([config.ARGON2_MEMORY_KIB, config.ARGON2_TIME_COST, config.ARGON2_PARALLELISM]).toEqual([19_456, 2, 1]);
  });

  it('checks TRUST_PROXY entries and the internal secret, and masks the secret', () => {
    expect(loadApiConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).TRUST_PROXY).toBe('127.0.0.1, 10.0.0.0/8');
    expect(() => loadApiConfig({ TRUST_PROXY: 'proxy.local' })).toThrow(/TRUST_PROXY/);
    expect(() => loadApiConfig({ INTERNAL_API_SECRET: 'short' })).toThrow(/INTERNAL_API_SECRET/);
    const secret = 'x'.repeat(32);
    const config = loadApiConfig({ INTERNAL_API_SECRET: secret });
    expect(config.INTERNAL_API_SECRET).toBe(secret);
    expect(describeConfig(config).INTERNAL_API_SECRET).toBe('***');
  });

  it('reads the WebSub settings: on by default, a ten-day lease, and names a wrong value', () => {
    expect(loadWorkerConfig({})).toMatchObject({ WEBSUB_ENABLED: true, WEBSUB_LEASE_SECONDS: 864_000 });
    expect(loadWorkerConfig({ WEBSUB_ENABLED: 'false', WEBSUB_LEASE_SECONDS: '3600' })).toMatchObject({
      WEBSUB_ENABLED: false,
      WEBSUB_LEASE_SECONDS: 3600,
    });
    expect(() => loadWorkerConfig({ WEBSUB_ENABLED: 'maybe' })).toThrow(/WEBSUB_ENABLED/);
    expect(() => loadWorkerConfig({ WEBSUB_LEASE_SECONDS: '5' })).toThrow(/WEBSUB_LEASE_SECONDS/);
  });
});
