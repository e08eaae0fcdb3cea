// GraphQL operations of the administrators' pages and the invites page.
import { graphql } from '@/gql';

export const AdminGateQuery = graphql(`
  query AdminGate {
    me {
      id
      role
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($query: String, $after: String) {
    adminUsers(first: 50, after: $after, query: $query) {
      edges {
        node {
          id
          handle
          displayName
          email
          avatarUrl
          role
          createdAt
          suspendedAt
          isVerifiedCreator
          followersCount
          invitedBy {
            id
            handle
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

export const SuspendUserMutation = graphql(`
  mutation SuspendUser($id: ID!) {
    suspendUser(id: $id) {
      id
      suspendedAt
    }
  }
`);

export const UnsuspendUserMutation = graphql(`
  mutation UnsuspendUser($id: ID!) {
    unsuspendUser(id: $id) {
      id
      suspendedAt
    }
  }
`);

export const InviteFields = graphql(`
  fragment InviteFields on Invite {
    id
    code
    url
    note
    status
    maxUses
    usesCount
    createdAt
    expiresAt
    revokedAt
    usedBy {
      id
      handle
      displayName
      avatarUrl
    }
    createdBy {
      id
      handle
    }
  }
`);

export const AdminInvitesQuery = graphql(`
  query AdminInvites($after: String) {
    adminInvites(first: 30, after: $after) {
      edges {
        node {
          ...InviteFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyInvitesQuery = graphql(`
  query MyInvites {
    myInvites {
      ...InviteFields
    }
    me {
      id
      role
    }
  }
`);

export const CreateInviteMutation = graphql(`
  mutation CreateInvite($input: CreateInviteInput) {
    createInvite(input: $input) {
      ...InviteFields
    }
  }
`);

export const RevokeInviteMutation = graphql(`
  mutation RevokeInvite($id: ID!) {
    revokeInvite(id: $id) {
      ...InviteFields
    }
  }
`);

export const AdminRevokeInviteMutation = graphql(`
  mutation AdminRevokeInvite($id: ID!) {
    adminRevokeInvite(id: $id) {
      ...InviteFields
    }
  }
`);

export const ReportsQuery = graphql(`
  query Reports($status: ReportStatus, $after: String) {
    reports(first: 50, after: $after, status: $status) {
      edges {
        node {
          id
          reason
          status
          createdAt
          resolvedAt
          reporter {
            id
            handle
            displayName
          }
          comment {
            id
            body
            createdAt
            removedAt
            isTombstone
            entryId
            entry {
              id
              title
            }
            author {
              id
              handle
              displayName
              avatarUrl
            }
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

export const RemoveCommentMutation = graphql(`
  mutation RemoveComment($id: ID!) {
    removeComment(id: $id) {
      id
      removedAt
    }
  }
`);

export const DismissReportMutation = graphql(`
  mutation DismissReport($id: ID!) {
    dismissReport(id: $id) {
      id
      status
    }
  }
`);

export const SourceHealthQuery = graphql(`
  query SourceHealth($status: SourceStatus, $after: String) {
    adminSources(first: 30, after: $after, status: $status) {
      edges {
        node {
          id
          kind
          title
          url
          imageUrl
          subscribersCount
          lastEntryAt
          health {
            ...SourceHealthFields
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

export const AdminRefreshSourceMutation = graphql(`
  mutation AdminRefreshSource($sourceId: ID!) {
    refreshSource(sourceId: $sourceId) {
      id
      health {
        ...SourceHealthFields
      }
    }
  }
`);
