import { graphql } from '@/gql';

export const WelcomeQuery = graphql(`
  query Welcome {
    me {
      id
      displayName
      invitedBy {
        ...PersonFields
      }
    }
    subscriptions {
      id
      title
      source {
        id
        kind
        imageUrl
      }
    }
  }
`);
