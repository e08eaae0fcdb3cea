import { describe, expect, it } from 'vitest';
import type { EntryCard } from '@/features/entries/entries.graphql';
import { countNew, keyOf, mergeEntries, prependFresh } from './timeline-entries';

function entry(id: string, sharedBy?: string): EntryCard {
  return { id, sharedBy: sharedBy ? { id: sharedBy } : null } as unknown as EntryCard;
}

const keys = (list: EntryCard[]) => list.map(keyOf);

describe('timeline entries', () => {
  it('keys a post shared by two people twice', () => {
    expect(keyOf(entry('a'))).toBe('a:');
    expect(keyOf(entry('a', 's1'))).not.toBe(keyOf(entry('a', 's2')));
  });

  it('appends a page without what is already shown', () => {
    expect(keys(mergeEntries([entry('a'), entry('b')], [entry('b'), entry('c')]))).toEqual(['a:', 'b:', 'c:']);
  });

  it('counts only the new ones above the first already shown', () => {
    const shown = [entry('c'), entry('d')];
    expect(countNew(shown, [entry('a'), entry('b'), entry('c'), entry('x')])).toBe(2);
    expect(countNew(shown, [entry('c'), entry('d')])).toBe(0);
    expect(countNew([], [entry('a'), entry('b')])).toBe(2);
  });

  it('puts fresh entries on top and drops their copies below', () => {
    expect(keys(prependFresh([entry('b'), entry('c')], [entry('a'), entry('b')]))).toEqual(['a:', 'b:', 'c:']);
  });
});
