// People: the person fragments (a page of them stays within the API's depth limit of 8), profiles,
// followers and following, and following or blocking someone.
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { PersonFieldsFragment } from '@/gql/graphql';

/** A person in a list (followers, following, who invited you). */
export const PersonFields = graphql(`
  fragment PersonFields on User {
    id
    handle
    displayName
    avatarUrl
    bio
    viewerIsFollowing
  }
`);

export const PeoplePageFields = graphql(`
  fragment PeoplePageFields on UserConnection {
    edges {
      node {
        ...PersonFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export type Person = PersonFieldsFragment;

export function unmaskPeoplePage(ref: FragmentType<typeof PeoplePageFields>): Person[] {
  return getFragmentData(PeoplePageFields, ref).edges.map((edge) => getFragmentData(PersonFields, edge.node));
}

export const ProfileQuery = graphql(`
  query Profile($handle: String!) {
    user(handle: $handle) {
      id
      handle
      displayName
      avatarUrl
      bio
      createdAt
      isVerifiedCreator
      followersCount
      followingCount
      followsViewer
      viewerIsFollowing
      viewerHasBlocked
      feeds {
        href
        type
        title
      }
      verifiedSources {
        id
        kind
        title
        imageUrl
        siteUrl
        url
      }
    }
  }
`);

export const FollowersQuery = graphql(`
  query Followers($handle: String!, $after: String) {
    followers(handle: $handle, first: 30, after: $after) {
      ...PeoplePageFields
    }
  }
`);

export const FollowingQuery = graphql(`
  query Following($handle: String!, $after: String) {
    following(handle: $handle, first: 30, after: $after) {
      ...PeoplePageFields
    }
  }
`);

export const CreatorEntriesQuery = graphql(`
  query CreatorEntries($handle: String!) {
    creatorEntries(handle: $handle, first: 10) {
      edges {
        node {
          ...EntryCardFields
        }
      }
    }
  }
`);

export const FollowMutation = graphql(`
  mutation Follow($handle: String!) {
    follow(handle: $handle) {
      id
      viewerIsFollowing
      followersCount
    }
  }
`);

export const UnfollowMutation = graphql(`
  mutation Unfollow($handle: String!) {
    unfollow(handle: $handle) {
      id
      viewerIsFollowing
      followersCount
    }
  }
`);

export const BlockMutation = graphql(`
  mutation BlockUser($handle: String!) {
    block(handle: $handle) {
      id
      viewerHasBlocked
    }
  }
`);

export const UnblockMutation = graphql(`
  mutation UnblockUser($handle: String!) {
    unblock(handle: $handle) {
      id
      viewerHasBlocked
    }
  }
`);
