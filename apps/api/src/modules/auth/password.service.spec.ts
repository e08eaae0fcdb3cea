import { loadApiConfig } from '@tributary/config';
import { describe, expect, it } from 'vitest';
import { meetsAsvs, PasswordService, readArgon2Params, Semaphore } from './password.service.js';

describe('PasswordService', () => {
  it('hashes with argon2id at the production (ASVS) parameters and verifies', async () => {
    const service = new PasswordService(loadApiConfig({ NODE_ENV: 'production' }));
    const started = performance.now();
    const encoded = await service.hash('correct horse battery staple');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await service.verify(encoded, 'correct horse battery staple')).toBe(true);
    expect(await service.verify(encoded, 'Correct horse battery staple')).toBe(false);
    expect(await service.verify('not a hash', 'x')).toBe(false);
    expect(service.needsRehash(encoded)).toBe(false);
  });

  it('asks for a rehash of hashes made with weaker parameters', async () => {
    const weak = new PasswordService(
      loadApiConfig({ NODE_ENV: 'test', ARGON2_MEMORY_KIB: '1024', ARGON2_TIME_COST: '1' }),
    );
    const strong = new PasswordService(loadApiConfig({ NODE_ENV: 'test' }));
    const encoded = await weak.hash('some password');
    expect(readArgon2Params(encoded)).toEqual({ memoryCost: 1024, timeCost: 1, parallelism: 1 });
    expect(strong.needsRehash(encoded)).toBe(true);
    expect(strong.needsRehash('$2b$10$bcrypt')).toBe(true);
  });

  it('refuses to run below ASVS in production', () => {
    expect(
      () => new PasswordService(loadApiConfig({ NODE_ENV: 'production', ARGON2_MEMORY_KIB: '8192' })),
    ).toThrow(/ASVS/);
    expect(meetsAsvs({ memoryCost: 19_456, timeCost: 2, parallelism: 1 })).toBe(true);
    expect(meetsAsvs({ memoryCost: 47_104, timeCost: 1, parallelism: 1 })).toBe(true);
    expect(meetsAsvs({ memoryCost: 12_288, timeCost: 3, parallelism: 1 })).toBe(true);
    expect(meetsAsvs({ memoryCost: 19_455, timeCost: 2, parallelism: 1 })).toBe(false);
  });
});

describe('Semaphore', () => {
  it('never runs more than its size at once', async () => {
    const semaphore = new Semaphore(3);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        semaphore.run(async () => {
          active += 1;
          peak = Math.max(peak, active);
          await new Promise((resolve) => setTimeout(resolve, 5));
          active -= 1;
        }),
      ),
    );
    expect(peak).toBe(3);
  });
});
