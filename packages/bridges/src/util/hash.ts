import { createHash } from 'node:crypto';

/** Stable short id from the given parts (used for items without guid). */
export function stableHash(...parts: (string | null | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part ?? ''}\u0000`);
  return hash.digest('hex').slice(0, 32);
}
