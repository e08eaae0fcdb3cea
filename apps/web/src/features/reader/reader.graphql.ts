// An entry in full, with its first comments (the reader page and the reader panel).
import { graphql } from '@/gql';

export const EntryQuery = graphql(`
  query Entry($id: ID!) {
    entry(id: $id) {
      ...EntryReaderFields
      comments(first: 50) {
        edges {
          node {
            ...CommentFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
