// GraphQL operations of creator verification: the claim wizard, the viewer's claims, creator pages.
import { graphql } from '@/gql';

export const ClaimFields = graphql(`
  fragment ClaimFields on Claim {
    id
    code
    status
    method
    failureReason
    createdAt
    checkedAt
    verifiedAt
    expiresAt
    revokedAt
    instructions {
      method
      title
      text
      hint
    }
    source {
      id
      kind
      title
      url
      siteUrl
      imageUrl
      isVerified
    }
  }
`);

export const ClaimSourceQuery = graphql(`
  query ClaimSource($id: ID!) {
    source(id: $id) {
      id
      kind
      title
      url
      siteUrl
      imageUrl
      description
      isVerified
      claimedBy {
        id
        handle
        displayName
      }
    }
    me {
      id
      handle
    }
  }
`);

export const StartClaimMutation = graphql(`
  mutation StartClaim($sourceId: ID!) {
    startClaim(sourceId: $sourceId) {
      ...ClaimFields
    }
  }
`);

export const CheckClaimMutation = graphql(`
  mutation CheckClaim($claimId: ID!) {
    checkClaim(claimId: $claimId) {
      ...ClaimFields
    }
  }
`);

export const MyClaimsQuery = graphql(`
  query MyClaims {
    myClaims {
      ...ClaimFields
    }
  }
`);

export const CreatorQuery = graphql(`
  query Creator($handle: String!) {
    user(handle: $handle) {
      id
      handle
      displayName
      avatarUrl
      bio
      isVerifiedCreator
      followersCount
      viewerIsFollowing
      feeds {
        href
        rel
        type
        title
      }
      verifiedSources {
        id
        kind
        title
        description
        imageUrl
        siteUrl
        url
        subscribersCount
        viewerIsSubscribed
      }
    }
    me {
      id
    }
  }
`);

export const CreatorFeedQuery = graphql(`
  query CreatorFeed($handle: String!, $after: String) {
    creatorEntries(handle: $handle, first: 20, after: $after) {
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
