// Adding a source: the preview (which stores the source), the subscription, and the folders to file it in.
import { graphql } from '@/gql';

export const PreviewSourceMutation = graphql(`
  mutation PreviewSource($input: String!, $kind: SourceKind) {
    previewSource(input: $input, kind: $kind) {
      sourceId
      kind
      title
      description
      imageUrl
      siteUrl
      url
      source {
        id
        viewerIsSubscribed
        subscribersCount
        isVerified
      }
      recentItems {
        title
        summary
        url
        imageUrl
        publishedAt
      }
    }
  }
`);

export const SubscribeMutation = graphql(`
  mutation Subscribe($input: SubscribeInput!) {
    subscribe(input: $input) {
      id
      title
      folder {
        id
        name
      }
      source {
        id
        kind
        title
      }
    }
  }
`);

export const FoldersQuery = graphql(`
  query Folders {
    folders {
      id
      name
    }
  }
`);
