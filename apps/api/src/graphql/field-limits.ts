import { type OperationTypeNode } from 'graphql';

/**
 * Root fields whose every call does real work — a resolve job and an outbound fetch, an import or
 * export, a full-text search, text other people will read — each counted against
 * RATE_LIMIT_EXPENSIVE_FIELD. Every other root mutation field counts against RATE_LIMIT_FIELD; other
 * queries only against the general per-operation limit.
 */
export const EXPENSIVE_FIELDS = {
  query: ['search', 'exportOpml', 'discover', 'trending'],
  mutation: [
    'previewSource',
    'subscribe',
    'refreshSource',
    'importOpml',
    'exportOpml',
    'exportMyData',
    'requestDataExport',
    'addComment',
    'editComment',
    'share',
    'reportComment',
    'startClaim',
    'checkClaim',
    'createInvite',
  ],
  subscription: [],
} as const satisfies Record<`${OperationTypeNode}`, readonly string[]>;

export type FieldLimit = 'field' | 'expensiveField';

/** Which limit a root field counts against, or null when only the general operation limit applies. */
export function fieldLimitOf(kind: `${OperationTypeNode}`, field: string): FieldLimit | null {
  if ((EXPENSIVE_FIELDS[kind] as readonly string[]).includes(field)) return 'expensiveField';
  return kind === 'mutation' ? 'field' : null;
}
