// GraphQL operations of the source page. Entries are asked for flat (not EntryCardFields): the API
// refuses queries deeper than 8 levels.
import { graphql } from '@/gql';

/** How fetching a source goes: the source page and the administrators' source health list. */
export const SourceHealthFields = graphql(`
  fragment SourceHealthFields on SourceHealth {
    status
    lastError
    lastFetchedAt
    lastSuccessAt
    failingSince
    nextFetchAt
  }
`);

export const SourcePageQuery = graphql(`
  query SourcePage($id: ID!, $after: String) {
    source(id: $id) {
      id
      kind
      title
      description
      url
      siteUrl
      imageUrl
      subscribersCount
      lastEntryAt
      isVerified
      viewerIsSubscribed
      claimedBy {
        id
        handle
        displayName
        isVerifiedCreator
      }
      health {
        ...SourceHealthFields
      }
      entries(first: 20, after: $after) {
        edges {
          node {
            id
            title
            summary
            publishedAt
            sortAt
            isVerified
            media {
              url
              type
            }
            source {
              id
              title
              imageUrl
            }
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
