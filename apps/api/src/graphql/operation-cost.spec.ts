import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createOperationCostMemo, operationCost } from './operation-cost.js';

// graphql-query-complexity loads graphql's CommonJS copy, and a schema of the ESM copy fails its
// instanceof checks: build the schema and documents from the copy it uses (as the API does at run time).
const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const schema = buildSchema(`
  type Item { id: ID! name: String children(first: Int, after: String): [Item!]! }
  type Query { items(first: Int, last: Int, after: String, filter: String): [Item!]! me: Item }
`);

describe('createOperationCostMemo', () => {
  it('answers what operationCost answers, for every page size, however often the document is sent', () => {
    const memo = createOperationCostMemo();
    const document = parse(`query Q($n: Int!, $m: Int = 3, $after: String) {
      items(first: $n, after: $after) { id children(first: $m) { id name } } }`);
    const cases: Record<string, unknown>[] = [
      { n: 5 },
      { n: 5, after: 'a' },
      { n: 100, m: 100 },
      { n: 5 },
      { n: 5, m: null }, // an explicit null is not the default
      { n: 5, m: 3 },
      { n: 100, m: 100, after: 'b' },
      { n: '5' }, // does not fit Int!: null, as operationCost says
    ];
    for (const variables of [...cases, ...cases]) {
      expect(memo({ schema, document, variables }), JSON.stringify(variables)).toBe(
        operationCost({ schema, document, variables }),
      );
    }
    expect(memo({ schema, document, variables: { n: 100, m: 100 } })).toBeGreaterThan(10_000);
  });

  it('counts @skip and @include by their variables, and each operation of a document apart', () => {
    const memo = createOperationCostMemo();
    const document = parse(`
      query A($big: Boolean!) { items(first: 10) { id } more: items(first: 90) @include(if: $big) { id } }
      query B($small: Boolean!) { me { id } all: items(last: 50) @skip(if: $small) { id name } }`);
    for (const [operationName, variables] of [
      ['A', { big: false }],
      ['A', { big: true }],
      ['B', { small: true }],
      ['B', { small: false }],
      ['A', { big: false }],
      ['B', { small: false }],
    ] as const) {
      expect(memo({ schema, document, operationName, variables })).toBe(
        operationCost({ schema, document, operationName, variables }),
      );
    }
    expect(memo({ schema, document, operationName: 'A', variables: { big: true } })).toBeGreaterThan(
      memo({ schema, document, operationName: 'A', variables: { big: false } })!,
    );
  });

  it('follows one variable used as the page size of several fields', () => {
    const memo = createOperationCostMemo();
    const document = parse('query($n: Int) { items(first: $n) { children(first: $n) { id } } }');
    const small = memo({ schema, document, variables: { n: 2 } });
    const large = memo({ schema, document, variables: { n: 50 } });
    expect(small).toBe(operationCost({ schema, document, variables: { n: 2 } }));
    expect(large).toBe(operationCost({ schema, document, variables: { n: 50 } }));
    expect(large).toBeGreaterThan(small!);
  });

  it('keeps a bounded memo: many distinct page sizes still answer each its own cost', () => {
    const memo = createOperationCostMemo();
    const document = parse('query($n: Int) { items(first: $n) { id name } }');
    for (let n = 0; n < 300; n += 1) {
      expect(memo({ schema, document, variables: { n } })).toBe(1 + n * 2);
    }
  });
});
