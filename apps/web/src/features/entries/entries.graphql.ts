// Entries as every list and the reader show them: the card and reader fragments, `unmask*` helpers
// that turn fragment references into plain objects at the data boundary, and read / star / share.
// The API refuses queries deeper than 8 levels and counts a fragment spread as two: the entry
// connections stay written out (a page fragment around EntryCardFields would reach 10).
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { EntryCardFieldsFragment, EntryReaderFieldsFragment } from '@/gql/graphql';
import type { Connection, PageInfo } from '@/lib/graphql/connection';

export const EntryCardFields = graphql(`
  fragment EntryCardFields on Entry {
    id
    kind
    title
    summary
    url
    author
    publishedAt
    sortAt
    isPreview
    isVerified
    viewerHasRead
    viewerHasStarred
    viewerHasShared
    commentsCount
    sharesCount
    media {
      url
      type
      width
      height
      durationSeconds
    }
    source {
      id
      kind
      title
      imageUrl
      siteUrl
      isVerified
    }
    forwardedFrom {
      name
      url
    }
    sharedBy {
      id
      note
      sharedAt
      user {
        id
        handle
        displayName
        avatarUrl
      }
    }
  }
`);

export const EntryReaderFields = graphql(`
  fragment EntryReaderFields on Entry {
    ...EntryCardFields
    contentHtml
    editedAt
    source {
      description
      url
      claimedBy {
        id
        handle
        displayName
      }
    }
  }
`);

export type EntryCard = EntryCardFieldsFragment;
type Plain<T> = Omit<T, ' $fragmentName' | ' $fragmentRefs'>;
export type EntryReader = Plain<EntryCardFieldsFragment> &
  Omit<Plain<EntryReaderFieldsFragment>, 'source'> & {
    source: EntryCardFieldsFragment['source'] & EntryReaderFieldsFragment['source'];
  };

export interface EntryPage {
  entries: EntryCard[];
  pageInfo: PageInfo;
}

export function unmaskEntryCard(ref: FragmentType<typeof EntryCardFields>): EntryCard {
  return getFragmentData(EntryCardFields, ref);
}

export function unmaskEntryReader(ref: FragmentType<typeof EntryReaderFields>): EntryReader {
  const reader = getFragmentData(EntryReaderFields, ref);
  const card = getFragmentData(EntryCardFields, reader);
  return { ...card, ...reader, source: { ...card.source, ...reader.source } };
}

export function unmaskEntryPage(page: Connection<FragmentType<typeof EntryCardFields>>): EntryPage {
  return { entries: page.edges.map((edge) => unmaskEntryCard(edge.node)), pageInfo: page.pageInfo };
}

export const MarkReadMutation = graphql(`
  mutation MarkRead($ids: [ID!]!) {
    markRead(entryIds: $ids) {
      id
      viewerHasRead
    }
  }
`);

export const MarkUnreadMutation = graphql(`
  mutation MarkUnread($ids: [ID!]!) {
    markUnread(entryIds: $ids) {
      id
      viewerHasRead
    }
  }
`);

export const StarMutation = graphql(`
  mutation Star($id: ID!) {
    star(entryId: $id) {
      id
      viewerHasStarred
    }
  }
`);

export const UnstarMutation = graphql(`
  mutation Unstar($id: ID!) {
    unstar(entryId: $id) {
      id
      viewerHasStarred
    }
  }
`);

export const ShareMutation = graphql(`
  mutation ShareEntry($input: ShareInput!) {
    share(input: $input) {
      id
      note
    }
  }
`);

export const UnshareMutation = graphql(`
  mutation UnshareEntry($id: ID!) {
    unshare(entryId: $id)
  }
`);

