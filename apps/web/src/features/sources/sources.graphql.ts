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
    lastFetchResult
    lastFetchNewEntries
  }
`);

/** When the source is fetched next and why (the source page). */
export const SourceScheduleFields = graphql(`
  fragment SourceScheduleFields on SourceSchedule {
    isPolled
    nextFetchAt
    reason
    explanation
  }
`);

/** Fetches a source now; its result shows up in health (poll SourceFetchStatusQuery). */
export const RefreshSourceMutation = graphql(`
  mutation RefreshSource($sourceId: ID!) {
    refreshSource(sourceId: $sourceId) {
      id
      health {
        ...SourceHealthFields
      }
    }
  }
`);

export const SourceFetchStatusQuery = graphql(`
  query SourceFetchStatus($id: ID!) {
    source(id: $id) {
      id
      health {
        ...SourceHealthFields
      }
      schedule {
        ...SourceScheduleFields
      }
    }
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
      schedule {
        ...SourceScheduleFields
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
