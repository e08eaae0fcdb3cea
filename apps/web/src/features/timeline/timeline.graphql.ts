// The timeline's GraphQL documents: its pages (the timeline and the starred list), the live stream
// that announces arrivals, and "mark all read".
import { graphql } from '@/gql';

export const TimelineQuery = graphql(`
  query Timeline($first: Int!, $after: String, $filter: TimelineFilter) {
    timeline(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...EntryCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StarredQuery = graphql(`
  query Starred($first: Int!, $after: String) {
    starred(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...EntryCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TimelineUpdatesSubscription = graphql(`
  subscription TimelineUpdates {
    timelineUpdates {
      entries {
        id
      }
    }
  }
`);

export const MarkAllReadMutation = graphql(`
  mutation MarkAllRead($filter: TimelineFilter, $before: DateTime) {
    markAllRead(filter: $filter, before: $before)
  }
`);
