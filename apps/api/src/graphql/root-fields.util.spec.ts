import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countRootFields } from './root-fields.util.js';

function count(source: string): Record<string, number> {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return Object.fromEntries(countRootFields(document, operation));
}

describe('countRootFields', () => {
  it('counts every alias of a root field', () => {
    expect(count('mutation { a: addComment(x: 1) { id } b: addComment(x: 2) { id } logOut }')).toEqual({
      addComment: 2,
      logOut: 1,
    });
  });

  it('counts root fields behind fragments and inline fragments, and no nested fields', () => {
    const source = `
      query { ...A ... on Query { search(query: "x") { edges { cursor } } } __typename }
      fragment A on Query { s1: search(query: "a") { edges { cursor } } ...B }
      fragment B on Query { s2: search(query: "b") { pageInfo { hasNextPage } } me { id } }`;
    expect(count(source)).toEqual({ search: 3, me: 1 });
  });
});
