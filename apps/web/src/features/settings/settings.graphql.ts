// GraphQL operations of the settings pages (profile, password, sessions, OPML, data export, deletion).
import { graphql } from '@/gql';

export const SettingsProfileQuery = graphql(`
  query SettingsProfile {
    me {
      id
      handle
      email
      displayName
      bio
      avatarUrl
      role
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      bio
      avatarUrl
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const SessionsQuery = graphql(`
  query Sessions {
    sessions {
      id
      createdAt
      expiresAt
      lastSeenAt
      ip
      userAgent
      isCurrent
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const LogOutOtherSessionsMutation = graphql(`
  mutation LogOutOtherSessions {
    logOutOtherSessions
  }
`);

export const ImportOpmlMutation = graphql(`
  mutation ImportOpml($opml: String!, $fileName: String) {
    importOpml(opml: $opml, fileName: $fileName) {
      id
    }
  }
`);

export const OpmlImportQuery = graphql(`
  query OpmlImport($id: ID!, $after: String) {
    opmlImport(id: $id) {
      id
      status
      total
      done
      subscribed
      alreadySubscribed
      failed
      skippedForLimit
      duplicates
      skipped
      error
      createdAt
      finishedAt
      items(first: 100, after: $after) {
        edges {
          node {
            id
            position
            title
            url
            folder
            status
            error
            sourceId
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

export const ExportOpmlQuery = graphql(`
  query ExportOpml {
    exportOpml
  }
`);

export const DataExportFields = graphql(`
  fragment DataExportFields on DataExport {
    id
    status
    createdAt
    finishedAt
    expiresAt
    sizeBytes
    downloadUrl
    error
  }
`);

export const MyDataExportsQuery = graphql(`
  query MyDataExports {
    myDataExports {
      ...DataExportFields
    }
  }
`);

export const DataExportQuery = graphql(`
  query DataExport($id: ID!) {
    dataExport(id: $id) {
      ...DataExportFields
    }
  }
`);

export const RequestDataExportMutation = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      ...DataExportFields
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);
