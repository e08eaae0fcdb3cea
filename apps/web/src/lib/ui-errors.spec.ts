import { describe, expect, it } from 'vitest';
import { readableFieldMessage } from './ui-errors';

describe('readableFieldMessage', () => {
  it('names the field as people read it', () => {
    expect(readableFieldMessage('input.folder: must not contain NUL characters')).toBe(
      'Folder: must not contain NUL characters',
    );
    expect(readableFieldMessage('displayName: may not contain control characters (U+202E)')).toBe(
      'Display name: may not contain control characters (U+202E)',
    );
    expect(readableFieldMessage('entryIds[3]: is not an id')).toBe('Entry ids: is not an id');
  });

  it('leaves sentences without a field path alone', () => {
    expect(readableFieldMessage('Could not create the account with these details.')).toBe(
      'Could not create the account with these details.',
    );
    expect(readableFieldMessage('Note: this is a sentence: with colons')).toBe(
      'Note: this is a sentence: with colons',
    );
  });
});
