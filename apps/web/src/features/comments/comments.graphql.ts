// The discussion under an entry: the comment fragment, its pages, replies, and what people do to a
// comment. The comment connections stay written out: a page fragment around CommentFields would pass
// the API's depth limit of 8 (a fragment spread counts as two).
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { CommentFieldsFragment } from '@/gql/graphql';
import type { Connection } from '@/lib/graphql/connection';

export const MoreCommentsQuery = graphql(`
  query MoreComments($id: ID!, $after: String) {
    entry(id: $id) {
      id
      comments(first: 50, after: $after) {
        edges {
          node {
            ...CommentFields
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

export const RepliesQuery = graphql(`
  query Replies($id: ID!, $after: String) {
    comment(id: $id) {
      id
      replies(first: 50, after: $after) {
        edges {
          node {
            ...CommentFields
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

export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...CommentFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const ReportCommentMutation = graphql(`
  mutation ReportComment($id: ID!, $reason: String!) {
    reportComment(id: $id, reason: $reason) {
      id
    }
  }
`);

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    entryId
    parentId
    body
    bodyHtml
    createdAt
    editedAt
    isTombstone
    authorIsSourceOwner
    repliesCount
    author {
      id
      handle
      displayName
      avatarUrl
    }
  }
`);

export type CommentItem = CommentFieldsFragment;

export interface CommentPage {
  items: CommentItem[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function unmaskComment(ref: FragmentType<typeof CommentFields>): CommentItem {
  return getFragmentData(CommentFields, ref);
}

export function unmaskCommentPage(page: Connection<FragmentType<typeof CommentFields>>): CommentPage {
  return {
    items: page.edges.map((edge) => unmaskComment(edge.node)),
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? null,
  };
}
