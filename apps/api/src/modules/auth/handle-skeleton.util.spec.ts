import { describe, expect, it } from 'vitest';
import { checkHandle } from './account-rules.util.js';
import { handleSkeleton, uts39Skeleton } from './handle-skeleton.util.js';

describe('handleSkeleton (UTS #39, case and punctuation folded)', () => {
  it('gives look-alikes one key', () => {
    expect(handleSkeleton('rnaria')).toBe(handleSkeleton('maria'));
    expect(handleSkeleton('Admin_')).toBe(handleSkeleton('admin'));
    expect(handleSkeleton('ADMIN')).toBe(handleSkeleton('admin'));
    expect(handleSkeleton('adm_in')).toBe(handleSkeleton('admin'));
    expect(handleSkeleton('\u0430dmin')).toBe(handleSkeleton('admin')); // Cyrillic а
    expect(handleSkeleton('j0hn')).toBe(handleSkeleton('john'));
    expect(handleSkeleton('pau1')).toBe(handleSkeleton('paul'));
    expect(handleSkeleton('ｍａｒｉａ')).toBe(handleSkeleton('maria')); // full-width
    expect(handleSkeleton('ma\u200Bria')).toBe(handleSkeleton('maria')); // zero-width space
  });

  it('keeps different names apart', () => {
    expect(handleSkeleton('maria')).not.toBe(handleSkeleton('marta'));
    expect(handleSkeleton('maria')).not.toBe(handleSkeleton('marla'));
    expect(handleSkeleton('ann')).not.toBe(handleSkeleton('anna'));
  });

  it('is the UTS #39 skeleton underneath', () => {
    expect(uts39Skeleton('m')).toBe('rn');
    expect(uts39Skeleton('\u0430')).toBe('a');
    expect(uts39Skeleton(uts39Skeleton('paypal'))).toBe(uts39Skeleton('paypal'));
  });

  it('is idempotent', () => {
    for (const handle of ['maria', 'Admin_', 'j0hn', 'mmm_111_000']) {
      expect(handleSkeleton(handleSkeleton(handle))).toBe(handleSkeleton(handle));
    }
  });

  it('agrees with the SQL of the backfill migration for every handle the database can hold', () => {
    // prisma/migrations/*_handle_skeleton_import_limits: lower, drop "_", 0 → o, 1 → l, m → rn.
    const sql = (handle: string) =>
      handle
        .toLowerCase()
        .replaceAll('_', '')
        .replaceAll('0', 'o')
        .replaceAll('1', 'l')
        .replaceAll('m', 'rn');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';
    for (const char of alphabet) expect(handleSkeleton(`x${char}y`), char).toBe(sql(`x${char}y`));
    for (const handle of ['Maria_1990', 'm0m1_M', 'IIll11', 'rnrn'])
      expect(handleSkeleton(handle)).toBe(sql(handle));
  });
});

describe('reserved names by their look', () => {
  it('refuses handles that pass for a reserved name', () => {
    for (const handle of [
      'Admin_',
      'ADMIN',
      '_admin_',
      'adm_in',
      '\u0430dmin',
      'r00t',
      'suppor_t',
      'tributary_',
      'no_reply',
      'noreply',
    ]) {
      expect(checkHandle(handle), handle).toBe('reserved');
    }
  });

  it('refuses other scripts altogether, whatever their look', () => {
    expect(checkHandle('ΑDΜΙΝ')).toBe('characters'); // Greek capitals
    expect(checkHandle('аnna')).toBe('characters'); // Cyrillic а
  });

  it('still accepts ordinary handles', () => {
    for (const handle of ['maria', 'ann_reads', 'admiral', 'rootbeer', 'j0hn']) {
      expect(checkHandle(handle), handle).toBeNull();
    }
  });
});
