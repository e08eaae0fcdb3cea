import { graphql } from '@/gql';

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          type
          isRead
          createdAt
          actor {
            id
            handle
            displayName
            avatarUrl
          }
          entry {
            id
            title
          }
          comment {
            id
            body
            entryId
          }
          source {
            id
            title
          }
          claim {
            id
            failureReason
            source {
              id
              title
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationsCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);
