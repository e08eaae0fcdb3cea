// GraphQL operations of discovery: suggestions, trending, search.
import { graphql } from '@/gql';

export const DiscoverQuery = graphql(`
  query Discover($window: TrendingWindow!) {
    discover(first: 12) {
      sources {
        reason
        reasonKind
        followedByCount
        sampleFollowers {
          id
          handle
          displayName
          avatarUrl
        }
        source {
          id
          kind
          title
          description
          imageUrl
          url
          siteUrl
          isVerified
          subscribersCount
        }
      }
      people {
        reason
        reasonKind
        followedByCount
        user {
          id
          handle
          displayName
          avatarUrl
          bio
          isVerifiedCreator
        }
      }
      creators {
        reason
        reasonKind
        user {
          id
          handle
          displayName
          avatarUrl
          bio
          isVerifiedCreator
        }
        sourcesYouRead {
          id
          kind
          title
        }
      }
    }
    trending(first: 10, window: $window) {
      entries {
        score
        peopleCount
        sharesCount
        commentsCount
        entry {
          id
          title
          summary
          publishedAt
          isVerified
          source {
            id
            kind
            title
            imageUrl
            isVerified
          }
        }
      }
      sources {
        score
        peopleCount
        newSubscribersCount
        source {
          id
          kind
          title
          imageUrl
          url
          isVerified
          subscribersCount
          viewerIsSubscribed
        }
      }
    }
  }
`);

export const DiscoverSubscribeMutation = graphql(`
  mutation DiscoverSubscribe($input: SubscribeInput!) {
    subscribe(input: $input) {
      id
      source {
        id
        viewerIsSubscribed
        subscribersCount
      }
    }
  }
`);

export const DiscoverUnsubscribeMutation = graphql(`
  mutation DiscoverUnsubscribe($sourceId: ID!) {
    unsubscribe(sourceId: $sourceId)
  }
`);

export const DismissSuggestionMutation = graphql(`
  mutation DismissSuggestion($sourceId: ID, $userId: ID) {
    dismissSuggestion(sourceId: $sourceId, userId: $userId)
  }
`);

export const SearchQuery = graphql(`
  query Search($query: String!, $after: String, $filter: SearchFilter) {
    search(query: $query, first: 20, after: $after, filter: $filter) {
      edges {
        cursor
        score
        highlight {
          title
          snippet
        }
        node {
          id
          title
          url
          publishedAt
          author
          isVerified
          source {
            id
            kind
            title
            imageUrl
            isVerified
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SearchSourcesQuery = graphql(`
  query SearchSources {
    subscriptions {
      id
      title
      source {
        id
      }
    }
  }
`);

export const SearchSourceTitleQuery = graphql(`
  query SearchSourceTitle($id: ID!) {
    source(id: $id) {
      id
      title
    }
  }
`);
