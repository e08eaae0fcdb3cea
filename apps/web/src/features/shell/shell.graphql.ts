// The app's frame: who is signed in, the sidebar (folders, subscriptions, unread counts), the bell, sign-out.
import { graphql } from '@/gql';

/** The signed-in person, as the app shell and public pages know them. */
export const ViewerFields = graphql(`
  fragment ViewerFields on User {
    id
    handle
    displayName
    avatarUrl
    role
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
    unreadNotificationsCount
  }
`);

export const ShellQuery = graphql(`
  query Shell {
    me {
      ...ViewerFields
    }
    unreadNotificationsCount
    folders {
      id
      name
      position
    }
    subscriptions {
      id
      title
      unreadCount
      folder {
        id
        name
      }
      source {
        id
        kind
        imageUrl
        isVerified
        health {
          status
          lastError
        }
      }
    }
  }
`);

export const UnreadCountsQuery = graphql(`
  query UnreadCounts {
    subscriptions {
      id
      unreadCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      type
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);
