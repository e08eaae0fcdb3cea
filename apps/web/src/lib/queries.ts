// GraphQL operations shared by server and client components. Fragments describe what each piece of UI
// shows; `unmask*` helpers turn fragment references into plain objects at the data boundary.
// The API refuses queries deeper than 8 levels and counts a fragment spread as two: the entry and comment
// connections stay written out (a page fragment around EntryCardFields or CommentFields would reach 10);
// PeoplePageFields around PersonFields reaches exactly 8.
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type {
  EntryCardFieldsFragment,
  EntryReaderFieldsFragment,
  CommentFieldsFragment,
  PersonFieldsFragment,
} from '@/gql/graphql';

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

/** The signed-in person, as the app shell and public pages know them. */
export const ViewerFields = graphql(`
  fragment ViewerFields on User {
    id
    handle
    displayName
    avatarUrl
    role
  }
`);

export type EntryCard = EntryCardFieldsFragment;
type Plain<T> = Omit<T, ' $fragmentName' | ' $fragmentRefs'>;
export type EntryReader = Plain<EntryCardFieldsFragment> &
  Omit<Plain<EntryReaderFieldsFragment>, 'source'> & {
    source: EntryCardFieldsFragment['source'] & EntryReaderFieldsFragment['source'];
  };
export type CommentItem = CommentFieldsFragment;
export type Person = PersonFieldsFragment;

type PageInfo = { hasNextPage: boolean; endCursor?: string | null };
type Connection<Node> = { edges: { node: Node }[]; pageInfo: PageInfo };

export interface EntryPage {
  entries: EntryCard[];
  pageInfo: PageInfo;
}

export interface CommentPage {
  items: CommentItem[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function unmaskEntryCard(ref: FragmentType<typeof EntryCardFields>): EntryCard {
  return getFragmentData(EntryCardFields, ref);
}

export function unmaskEntryReader(ref: FragmentType<typeof EntryReaderFields>): EntryReader {
  const reader = getFragmentData(EntryReaderFields, ref);
  const card = getFragmentData(EntryCardFields, reader);
  return { ...card, ...reader, source: { ...card.source, ...reader.source } };
}

export function unmaskComment(ref: FragmentType<typeof CommentFields>): CommentItem {
  return getFragmentData(CommentFields, ref);
}

export function unmaskEntryPage(page: Connection<FragmentType<typeof EntryCardFields>>): EntryPage {
  return { entries: page.edges.map((edge) => unmaskEntryCard(edge.node)), pageInfo: page.pageInfo };
}

export function unmaskCommentPage(page: Connection<FragmentType<typeof CommentFields>>): CommentPage {
  return {
    items: page.edges.map((edge) => unmaskComment(edge.node)),
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor ?? null,
  };
}

export function unmaskPeoplePage(ref: FragmentType<typeof PeoplePageFields>): Person[] {
  return getFragmentData(PeoplePageFields, ref).edges.map((edge) => getFragmentData(PersonFields, edge.node));
}

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      ...ViewerFields
    }
    unreadNotificationsCount
  }
`);

export const ShellQuery = graphql(`
  query Shell {
    me {
      ...ViewerFields
    }
    unreadNotificationsCount
    folders {
      id
      name
      position
    }
    subscriptions {
      id
      title
      unreadCount
      folder {
        id
        name
      }
      source {
        id
        kind
        imageUrl
        isVerified
        health {
          status
          lastError
        }
      }
    }
  }
`);

export const UnreadCountsQuery = graphql(`
  query UnreadCounts {
    subscriptions {
      id
      unreadCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      type
    }
  }
`);

export const EntryQuery = graphql(`
  query Entry($id: ID!) {
    entry(id: $id) {
      ...EntryReaderFields
      comments(first: 50) {
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

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      user {
        id
        handle
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        handle
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          type
          isRead
          createdAt
          actor {
            id
            handle
            displayName
            avatarUrl
          }
          entry {
            id
            title
          }
          comment {
            id
            body
            entryId
          }
          source {
            id
            title
          }
          claim {
            id
            failureReason
            source {
              id
              title
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationsCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

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
