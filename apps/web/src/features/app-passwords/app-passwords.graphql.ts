import { graphql } from '@/gql';

export const AppPasswordsQuery = graphql(`
  query AppPasswords {
    appPasswords {
      id
      name
      createdAt
      expiresAt
      lastUsedAt
    }
  }
`);

export const CreateAppPasswordMutation = graphql(`
  mutation CreateAppPassword($input: CreateAppPasswordInput!) {
    createAppPassword(input: $input) {
      secret
      appPassword {
        id
        name
        createdAt
        expiresAt
        lastUsedAt
      }
    }
  }
`);

export const RevokeAppPasswordMutation = graphql(`
  mutation RevokeAppPassword($id: ID!) {
    revokeAppPassword(id: $id)
  }
`);
