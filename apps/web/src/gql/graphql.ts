/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string };
};

export type AddCommentInput = {
  /** Plain text, at most 5,000 characters; links and @mentions become links. */
  body: Scalars['String']['input'];
  entryId: Scalars['ID']['input'];
  /** The comment this replies to (same entry). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type AuthPayload = {
  user: User;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** A member’s claim to own a source, proven by publishing a code on it. */
export type Claim = {
  /** When the source was last checked for the code. */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The challenge to publish, e.g. "tributary-verify=…" (only its claimant sees it). */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The code is accepted until then. */
  expiresAt: Scalars['DateTime']['output'];
  /** Why the last check failed, in words a person understands. */
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Where and how to publish the code on this platform. */
  instructions: Array<ClaimInstruction>;
  /** How the claim was proven (VERIFIED only). */
  method?: Maybe<ClaimMethod>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  source: Source;
  status: ClaimStatus;
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** One way to prove ownership, with text to copy. */
export type ClaimInstruction = {
  /** How to do it, in a sentence. */
  hint: Scalars['String']['output'];
  method: ClaimMethod;
  /** Exactly what to paste there. */
  text: Scalars['String']['output'];
  /** Where to put it, e.g. "Channel description". */
  title: Scalars['String']['output'];
};

/** Where the proof is: DESCRIPTION (feed/channel/publication description, profile or author bio), POST (a recent post), FEED_ELEMENT (<tributary:verify> or JSON Feed _tributary.verify), REL_ME (a rel="me" link from the source’s site to the claimant’s profile). */
export type ClaimMethod = 'DESCRIPTION' | 'FEED_ELEMENT' | 'POST' | 'REL_ME';

/** PENDING (code issued, not found yet or not checked), VERIFIED, FAILED (the last check did not find the code; check again after publishing it), EXPIRED (the code timed out: start the claim again for a new one), REVOKED (by an administrator, or another member proved ownership later). */
export type ClaimStatus = 'EXPIRED' | 'FAILED' | 'PENDING' | 'REVOKED' | 'VERIFIED';

/** A comment on an entry, or a reply to one (threads nest). */
export type Comment = {
  /** null on tombstones and when the account is gone. */
  author?: Maybe<User>;
  /** The author is the verified owner of the entry’s source. */
  authorIsSourceOwner: Scalars['Boolean']['output'];
  /** Plain text as written; "" on a deleted or removed comment. */
  body: Scalars['String']['output'];
  /** Safe HTML rendered from body: escaped text, links (rel=nofollow ugc) and @mentions. */
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set when the author deleted it: a tombstone that keeps the thread. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set when the author edited it (shown as "edited"). */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  entry: Entry;
  entryId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** Deleted by its author or removed by an administrator. */
  isTombstone: Scalars['Boolean']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Set when an administrator removed it. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Direct replies, oldest first. */
  replies: CommentConnection;
  repliesCount: Scalars['Int']['output'];
};

/** A comment on an entry, or a reply to one (threads nest). */
export type CommentRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type CommentConnection = {
  edges: Array<CommentEdge>;
  pageInfo: PageInfo;
};

export type CommentEdge = {
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type CreateInviteInput = {
  /** Default INVITE_TTL_DAYS; at most 365. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Default 1; more than 1 is for administrators (at most 1000). */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  /** A private note (who it is for), up to 200 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A JSON archive of everything the viewer made or chose (docs/export-format.md). */
export type DataExport = {
  /** The archive’s JSON once COMPLETED (owner only, like its parent). */
  content?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Path of the download on the API origin (`/exports/<id>/archive.json`), answered only to the owner’s session; null until COMPLETED. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  /** After this the archive is deleted. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Size of the JSON in bytes. */
  sizeBytes?: Maybe<Scalars['Float']['output']>;
  status: DataExportStatus;
};

export type DataExportStatus = 'COMPLETED' | 'FAILED' | 'PENDING' | 'RUNNING';

/** A post or article of a source. */
export type Entry = {
  author?: Maybe<Scalars['String']['output']>;
  /** Top-level comments, oldest first (replies nest under them). */
  comments: CommentConnection;
  commentsCount: Scalars['Int']['output'];
  /** Sanitized HTML (an allowlist of tags and attributes). */
  contentHtml: Scalars['String']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** A paid post Tributary only has a preview of. */
  isPreview: Scalars['Boolean']['output'];
  /** Whether the entry’s source has a verified owner (a creator). */
  isVerified: Scalars['Boolean']['output'];
  kind: EntryKind;
  media: Array<EntryMedia>;
  /** As the source states it. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set on timeline items that are a share by someone the viewer follows; null elsewhere. */
  sharedBy?: Maybe<SharedBy>;
  sharesCount: Scalars['Int']['output'];
  /** Where the entry sorts in timelines (never changes after it arrives). */
  sortAt: Scalars['DateTime']['output'];
  source: Source;
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  viewerHasRead: Scalars['Boolean']['output'];
  viewerHasShared: Scalars['Boolean']['output'];
  viewerHasStarred: Scalars['Boolean']['output'];
};

/** A post or article of a source. */
export type EntryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type EntryConnection = {
  edges: Array<EntryEdge>;
  pageInfo: PageInfo;
};

export type EntryEdge = {
  cursor: Scalars['String']['output'];
  node: Entry;
};

/** ARTICLE (blog post, newsletter issue) or POST (channel or social post). */
export type EntryKind = 'ARTICLE' | 'POST';

/** An image, video or audio file attached to an entry. */
export type EntryMedia = {
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  height?: Maybe<Scalars['Int']['output']>;
  /** Bytes, when known. */
  size?: Maybe<Scalars['Int']['output']>;
  /** A MIME type: image/jpeg, video/mp4, audio/mpeg… */
  type: Scalars['String']['output'];
  url: Scalars['String']['output'];
  width?: Maybe<Scalars['Int']['output']>;
};

/** A published feed, for `<link rel="alternate">` autodiscovery on profile pages. */
export type FeedLink = {
  /** Absolute URL on the web origin. */
  href: Scalars['String']['output'];
  /** Always "alternate". */
  rel: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** application/rss+xml, application/atom+xml or application/feed+json. */
  type: Scalars['String']['output'];
};

/** A named group of the viewer’s subscriptions. */
export type Folder = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  subscriptionsCount: Scalars['Int']['output'];
};

/** Whether the API and the services it depends on are working. */
export type Health = {
  /** PostgreSQL answered a query. */
  database: Scalars['Boolean']['output'];
  /** True when the database and Redis both answer. */
  ok: Scalars['Boolean']['output'];
  /** Redis answered a PING. */
  redis: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

/** One feed line of an OPML import and what became of it. */
export type ImportItem = {
  /** Why the line failed, in words. */
  error?: Maybe<Scalars['String']['output']>;
  /** Folder path; nested folders are joined with " / ". */
  folder?: Maybe<Scalars['String']['output']>;
  htmlUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Order in the file (first occurrence when duplicates were merged). */
  position: Scalars['Int']['output'];
  /** The source subscribed to. */
  sourceId?: Maybe<Scalars['ID']['output']>;
  status: ImportItemStatus;
  title?: Maybe<Scalars['String']['output']>;
  /** The feed address (xmlUrl). */
  url: Scalars['String']['output'];
};

export type ImportItemConnection = {
  edges: Array<ImportItemEdge>;
  pageInfo: PageInfo;
};

export type ImportItemEdge = {
  cursor: Scalars['String']['output'];
  node: ImportItem;
};

export type ImportItemStatus = 'ALREADY_SUBSCRIBED' | 'FAILED' | 'PENDING' | 'SUBSCRIBED';

export type Invite = {
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  maxUses: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: InviteStatus;
  /** The signup link with this code (`<PUBLIC_WEB_URL>/signup?invite=CODE`). */
  url: Scalars['String']['output'];
  /** Who joined with this code, in order. */
  usedBy: Array<User>;
  usesCount: Scalars['Int']['output'];
};

export type InviteStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED' | 'USED_UP';

export type LogInInput = {
  /** Email address or handle. */
  login: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Mutation = {
  /** Comments on an entry or replies to a comment; @mentions notify. */
  addComment: Comment;
  /** Revokes anyone’s invite (administrators). */
  adminRevokeInvite: Invite;
  /** Blocks a person: their comments and shares are hidden from the viewer, follows both ways end, and they cannot follow or mention the viewer. */
  block: User;
  /** Changes the password; every other session is signed out. */
  changePassword: Scalars['Boolean']['output'];
  /** Checks the source for the claim’s code now (fetched fresh) and answers the claim with the outcome: VERIFIED, FAILED with a reason, or EXPIRED. Rate-limited per member. */
  checkClaim: Claim;
  createFolder: Folder;
  /** Creates an invite code (members: single-use, within their quota). */
  createInvite: Invite;
  /** Deletes the viewer’s account for good after checking their password: profile, sessions, follows, subscriptions, stars, read state and unused invites go; comments stay as anonymous "deleted" tombstones; verified claims are released. Signs out. */
  deleteAccount: Scalars['Boolean']['output'];
  /** The author deletes their comment; a tombstone keeps the thread. */
  deleteComment: Comment;
  /** Deletes a folder; its subscriptions stay, outside any folder. */
  deleteFolder: Scalars['Boolean']['output'];
  /** Closes a report without removing the comment (administrators). */
  dismissReport: Report;
  /** The author edits their comment (editedAt is set). */
  editComment: Comment;
  /** Everything the viewer made or chose as one JSON archive (docs/export-format.md). Answers the JSON itself (it starts with "{") when it is ready within seconds and under 1 MB; otherwise the download path (`/exports/<id>/archive.json` on the API origin) of an export still being produced — see `dataExport(id)`. */
  exportMyData: Scalars['String']['output'];
  /** Same as the query `exportOpml` (the public contract lists it among the mutations). */
  exportOpml: Scalars['String']['output'];
  /** Follows a person; a verified creator’s sources join the timeline. */
  follow: User;
  /** Imports an OPML subscription list. The file is checked at once (BAD_USER_INPUT if it is not OPML, and nothing changes); each feed is then resolved and subscribed in the background — poll `opmlImport(id)`. */
  importOpml: OpmlImport;
  /** Signs in with email or handle; a new session replaces this browser’s old one. */
  logIn: AuthPayload;
  /** Ends this session and clears the cookie. Harmless when signed out. */
  logOut: Scalars['Boolean']['output'];
  /** Signs out every session but this one; returns how many ended. */
  logOutOtherSessions: Scalars['Int']['output'];
  /** Marks every timeline item at or before `before` (default: now) read, within the filter; answers how many changed. */
  markAllRead: Scalars['Int']['output'];
  /** Marks the given notifications (or all: true, every one) read; answers how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Marks entries read (up to 500; unknown ids are ignored). */
  markRead: Array<Entry>;
  /** Marks entries unread again. */
  markUnread: Array<Entry>;
  /** What a URL, domain or @handle resolves to (kind, title, description, recent posts), without subscribing. */
  previewSource: SourcePreview;
  /** Fetches a subscribed source now (at most one fetch at a time per source). */
  refreshSource: Source;
  /** Removes a comment (administrators); its reports are resolved and its author told. */
  removeComment: Comment;
  renameFolder: Folder;
  /** Reports a comment to the administrators. */
  reportComment: Report;
  /** Starts a full export in the background; poll `dataExport(id)`. */
  requestDataExport: DataExport;
  /** Administrators: revoke a claim; a verified owner loses the source and is notified. */
  revokeClaim: Claim;
  /** Revokes one of the viewer’s invites. */
  revokeInvite: Invite;
  /** Signs one of the viewer’s sessions out, at once. */
  revokeSession: Scalars['Boolean']['output'];
  /** Re-posts an entry to the viewer’s followers with a note (again: replaces the note). */
  share: Share;
  /** Creates an account with an invite code and signs it in (sets the session cookie). */
  signUp: AuthPayload;
  star: Entry;
  /** Starts proving that a source is yours: a code to publish on it, with instructions per platform. Asking again answers the same claim until its code expires. */
  startClaim: Claim;
  /** Subscribes to what a URL, domain or @handle resolves to; its recent posts are in the timeline at once. */
  subscribe: SourceSubscription;
  /** Suspends an account and signs it out everywhere (administrators). */
  suspendUser: User;
  unblock: User;
  unfollow: User;
  unshare: Scalars['Boolean']['output'];
  unstar: Entry;
  unsubscribe: Scalars['Boolean']['output'];
  /** Lifts a suspension (administrators). */
  unsuspendUser: User;
  /** Updates the viewer’s display name, bio or avatar URL. */
  updateProfile: User;
  /** Moves a subscription to a folder or renames it. */
  updateSubscription: SourceSubscription;
};

export type MutationAddCommentArgs = {
  input: AddCommentInput;
};

export type MutationAdminRevokeInviteArgs = {
  id: Scalars['ID']['input'];
};

export type MutationBlockArgs = {
  handle: Scalars['String']['input'];
};

export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};

export type MutationCheckClaimArgs = {
  claimId: Scalars['ID']['input'];
};

export type MutationCreateFolderArgs = {
  name: Scalars['String']['input'];
};

export type MutationCreateInviteArgs = {
  input?: InputMaybe<CreateInviteInput>;
};

export type MutationDeleteAccountArgs = {
  password: Scalars['String']['input'];
};

export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDeleteFolderArgs = {
  id: Scalars['ID']['input'];
};

export type MutationDismissReportArgs = {
  id: Scalars['ID']['input'];
};

export type MutationEditCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type MutationFollowArgs = {
  handle: Scalars['String']['input'];
};

export type MutationImportOpmlArgs = {
  fileName?: InputMaybe<Scalars['String']['input']>;
  opml: Scalars['String']['input'];
};

export type MutationLogInArgs = {
  input: LogInInput;
};

export type MutationMarkAllReadArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<TimelineFilter>;
};

export type MutationMarkNotificationsReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MutationMarkReadArgs = {
  entryIds: Array<Scalars['ID']['input']>;
};

export type MutationMarkUnreadArgs = {
  entryIds: Array<Scalars['ID']['input']>;
};

export type MutationPreviewSourceArgs = {
  input: Scalars['String']['input'];
  kind?: InputMaybe<SourceKind>;
};

export type MutationRefreshSourceArgs = {
  sourceId: Scalars['ID']['input'];
};

export type MutationRemoveCommentArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRenameFolderArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type MutationReportCommentArgs = {
  id: Scalars['ID']['input'];
  reason?: Scalars['String']['input'];
};

export type MutationRevokeClaimArgs = {
  claimId: Scalars['ID']['input'];
};

export type MutationRevokeInviteArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};

export type MutationShareArgs = {
  input: ShareInput;
};

export type MutationSignUpArgs = {
  input: SignUpInput;
};

export type MutationStarArgs = {
  entryId: Scalars['ID']['input'];
};

export type MutationStartClaimArgs = {
  sourceId: Scalars['ID']['input'];
};

export type MutationSubscribeArgs = {
  input: SubscribeInput;
};

export type MutationSuspendUserArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUnblockArgs = {
  handle: Scalars['String']['input'];
};

export type MutationUnfollowArgs = {
  handle: Scalars['String']['input'];
};

export type MutationUnshareArgs = {
  entryId: Scalars['ID']['input'];
};

export type MutationUnstarArgs = {
  entryId: Scalars['ID']['input'];
};

export type MutationUnsubscribeArgs = {
  sourceId: Scalars['ID']['input'];
};

export type MutationUnsuspendUserArgs = {
  id: Scalars['ID']['input'];
};

export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};

export type MutationUpdateSubscriptionArgs = {
  input: UpdateSubscriptionInput;
};

export type Notification = {
  /** Who did it (null for system events). */
  actor?: Maybe<User>;
  /** The claim a CLAIM_* notification is about. */
  claim?: Maybe<Claim>;
  comment?: Maybe<Comment>;
  createdAt: Scalars['DateTime']['output'];
  entry?: Maybe<Entry>;
  id: Scalars['ID']['output'];
  isRead: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  source?: Maybe<Source>;
  type: NotificationType;
};

export type NotificationConnection = {
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** REPLY (to your comment), MENTION (@you in a comment), NEW_FOLLOWER, SHARE (of an entry you commented on), CLAIM_VERIFIED/FAILED/EXPIRED/LOST, INVITE_REDEEMED, COMMENT_REMOVED (by an administrator). */
export type NotificationType =
  | 'CLAIM_EXPIRED'
  | 'CLAIM_FAILED'
  | 'CLAIM_LOST'
  | 'CLAIM_REVOKED'
  | 'CLAIM_VERIFIED'
  | 'COMMENT_REMOVED'
  | 'INVITE_REDEEMED'
  | 'MENTION'
  | 'NEW_FOLLOWER'
  | 'REPLY'
  | 'SHARE';

/** An OPML import running in the background; poll it to watch progress. */
export type OpmlImport = {
  alreadySubscribed: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Feeds handled so far (subscribed + alreadySubscribed + failed). */
  done: Scalars['Int']['output'];
  /** Feed outlines merged into an earlier one with the same address. */
  duplicates: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  failed: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The lines of the import in file order. */
  items: ImportItemConnection;
  /** Outlines that were not imported and why (links to other OPML files, no xmlUrl…). */
  skipped: Array<Scalars['String']['output']>;
  status: OpmlImportStatus;
  subscribed: Scalars['Int']['output'];
  /** Distinct feeds in the file. */
  total: Scalars['Int']['output'];
};

/** An OPML import running in the background; poll it to watch progress. */
export type OpmlImportItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type OpmlImportStatus = 'COMPLETED' | 'FAILED' | 'PENDING' | 'RUNNING';

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  /** Every account, newest first (administrators). */
  adminUsers: UserConnection;
  /** People the viewer blocks. */
  blockedUsers: Array<User>;
  /** A comment by id (for links to a thread). */
  comment: Comment;
  /** A creator’s posts across all their verified sources (every platform), newest first. */
  creatorEntries: EntryConnection;
  /** One of the viewer’s exports (NOT_FOUND for anyone else’s). */
  dataExport: DataExport;
  /** An entry by id (NOT_FOUND when there is none). */
  entry: Entry;
  /** The viewer’s subscriptions as OPML 2.0, with folders, titles and site links. */
  exportOpml: Scalars['String']['output'];
  /** The viewer’s folders. */
  folders: Array<Folder>;
  /** Who follows a person, most recent first. */
  followers: UserConnection;
  /** Whom a person follows, most recent first. */
  following: UserConnection;
  /** Reports the API, database and Redis status. Open to everyone. */
  health: Health;
  /** The signed-in person, or null. */
  me?: Maybe<User>;
  /** The viewer’s claims, newest first. */
  myClaims: Array<Claim>;
  /** The viewer’s recent exports, newest first. */
  myDataExports: Array<DataExport>;
  /** Invites the viewer created, newest first, with who used them. */
  myInvites: Array<Invite>;
  /** The viewer’s notifications, newest first. */
  notifications: NotificationConnection;
  /** One of the viewer’s OPML imports, with progress counts. */
  opmlImport: OpmlImport;
  /** Reported comments, oldest first (administrators). */
  reports: ReportConnection;
  /** The viewer’s signed-in sessions, most recently used first. */
  sessions: Array<Session>;
  /** A source by id (NOT_FOUND when there is none). */
  source: Source;
  /** The viewer’s starred entries, most recently starred first. */
  starred: EntryConnection;
  /** The viewer’s subscriptions with their sources, oldest first. */
  subscriptions: Array<SourceSubscription>;
  /** Entries of the viewer’s subscriptions and of creators they follow, plus shares by people they follow (`sharedBy` set), newest first. Keyset-paginated: pages stay exact while new entries arrive. */
  timeline: EntryConnection;
  unreadNotificationsCount: Scalars['Int']['output'];
  /** A public profile by handle (case-insensitive). */
  user?: Maybe<User>;
};

export type QueryAdminUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  query?: InputMaybe<Scalars['String']['input']>;
};

export type QueryCommentArgs = {
  id: Scalars['ID']['input'];
};

export type QueryCreatorEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  handle: Scalars['String']['input'];
};

export type QueryDataExportArgs = {
  id: Scalars['ID']['input'];
};

export type QueryEntryArgs = {
  id: Scalars['ID']['input'];
};

export type QueryFollowersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  handle: Scalars['String']['input'];
};

export type QueryFollowingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  handle: Scalars['String']['input'];
};

export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryOpmlImportArgs = {
  id: Scalars['ID']['input'];
};

export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<ReportStatus>;
};

export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};

export type QueryStarredArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineFilter>;
  first?: Scalars['Int']['input'];
};

export type QueryUserArgs = {
  handle: Scalars['String']['input'];
};

/** Someone reported a comment to the administrators. */
export type Report = {
  comment?: Maybe<Comment>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  reporter?: Maybe<User>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ReportStatus;
};

export type ReportConnection = {
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
};

export type ReportEdge = {
  cursor: Scalars['String']['output'];
  node: Report;
};

/** OPEN, RESOLVED (the comment was removed) or DISMISSED. */
export type ReportStatus = 'DISMISSED' | 'OPEN' | 'RESOLVED';

/** A signed-in browser or app of the viewer. */
export type Session = {
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  /** Whether this is the session making the request. */
  isCurrent: Scalars['Boolean']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A person re-posting an entry to their followers, with a note. */
export type Share = {
  createdAt: Scalars['DateTime']['output'];
  entry: Entry;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  user: User;
};

export type ShareInput = {
  entryId: Scalars['ID']['input'];
  /** At most 2,000 characters. Sharing again replaces the note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Someone the viewer follows re-posted this entry with a note. */
export type SharedBy = {
  /** The share’s id. */
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  sharedAt: Scalars['DateTime']['output'];
  user: User;
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** 3–30 letters, digits or underscores; unique regardless of case. */
  handle: Scalars['String']['input'];
  inviteCode: Scalars['String']['input'];
  /** 8–256 characters; common passwords are refused. */
  password: Scalars['String']['input'];
};

/** A blog, newsletter, channel or account that Tributary follows. */
export type Source = {
  /** The verified owner (a creator who proved the source is theirs). */
  claimedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  health: SourceHealth;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** Whether a creator has verified this source. */
  isVerified: Scalars['Boolean']['output'];
  kind: SourceKind;
  /** Publication time of the newest entry. */
  lastEntryAt?: Maybe<Scalars['DateTime']['output']>;
  siteUrl?: Maybe<Scalars['String']['output']>;
  subscribersCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** The URL Tributary fetches (feed, channel page or API endpoint). */
  url: Scalars['String']['output'];
  viewerIsSubscribed: Scalars['Boolean']['output'];
};

/** How fetching a source is going. */
export type SourceHealth = {
  /** When the current run of failures began. */
  failingSince?: Maybe<Scalars['DateTime']['output']>;
  /** What went wrong last, in words a person understands. */
  lastError?: Maybe<Scalars['String']['output']>;
  lastFetchedAt?: Maybe<Scalars['DateTime']['output']>;
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the next fetch is due. */
  nextFetchAt: Scalars['DateTime']['output'];
  status: SourceStatus;
};

/** The platform a source lives on. */
export type SourceKind = 'RSS' | 'SUBSTACK' | 'TELEGRAM' | 'X';

/** What pasted input resolves to, before subscribing. */
export type SourcePreview = {
  description?: Maybe<Scalars['String']['output']>;
  imageUrl?: Maybe<Scalars['String']['output']>;
  kind: SourceKind;
  recentItems: Array<SourcePreviewItem>;
  siteUrl?: Maybe<Scalars['String']['output']>;
  /** The source, when Tributary already knows it. */
  source?: Maybe<Source>;
  title?: Maybe<Scalars['String']['output']>;
  /** The URL Tributary would fetch. */
  url: Scalars['String']['output'];
};

/** One recent post shown in a preview. */
export type SourcePreviewItem = {
  imageUrl?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  summary: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** PENDING (never fetched), OK, FAILING (recent fetches failed) or GONE (not fetched any more). */
export type SourceStatus = 'FAILING' | 'GONE' | 'OK' | 'PENDING';

/** The viewer following a source. */
export type SourceSubscription = {
  createdAt: Scalars['DateTime']['output'];
  /** The viewer’s own name for the source. */
  customTitle?: Maybe<Scalars['String']['output']>;
  folder?: Maybe<Folder>;
  id: Scalars['ID']['output'];
  source: Source;
  /** customTitle, or else the source’s title. */
  title: Scalars['String']['output'];
};

export type SubscribeInput = {
  /** Folder name; created when missing. */
  folder?: InputMaybe<Scalars['String']['input']>;
  /** Which platform to try first. */
  kind?: InputMaybe<SourceKind>;
  /** A URL, domain, @handle, or the id of a source Tributary knows. */
  source: Scalars['String']['input'];
  /** A custom title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  /** The viewer’s new notifications, live. */
  notificationAdded: Notification;
  /** New entries of the viewer’s subscriptions and followed creators, live (SSE: POST /graphql with Accept: text/event-stream). */
  timelineUpdates: TimelineUpdate;
};

export type TimelineFilter = {
  /** Only sources in this folder (its name or id); shares are left out. */
  folder?: InputMaybe<Scalars['String']['input']>;
  /** Only this source (one the viewer follows); shares are left out. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries the viewer has not read. */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  view?: InputMaybe<TimelineView>;
};

/** New entries of sources in the viewer’s timeline, as the worker stores them. */
export type TimelineUpdate = {
  /** Newest first. */
  entries: Array<Entry>;
};

/** ALL; ARTICLES (entries of kind ARTICLE); SOCIAL (kind POST); PICTURES, VIDEOS, AUDIO (entries with an image, video or audio file). */
export type TimelineView = 'ALL' | 'ARTICLES' | 'AUDIO' | 'PICTURES' | 'SOCIAL' | 'VIDEOS';

export type UpdateProfileInput = {
  /** An http(s) URL, or empty to remove the avatar. */
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  /** Up to 2000 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** 1–100 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSubscriptionInput = {
  /** Folder name (created when missing); "" or null moves it out of any folder. Omit to keep. */
  folder?: InputMaybe<Scalars['String']['input']>;
  sourceId: Scalars['ID']['input'];
  /** Custom title; "" or null restores the source’s title. Omit to keep. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  /** An http(s) image URL. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  bio: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Visible to the person and administrators only. */
  email?: Maybe<Scalars['String']['output']>;
  /** The person’s published feeds (their shares; for verified creators also their posts), for `<link rel="alternate">` on their profile page. */
  feeds: Array<FeedLink>;
  followersCount: Scalars['Int']['output'];
  followingCount: Scalars['Int']['output'];
  /** Whether this person follows the viewer. */
  followsViewer: Scalars['Boolean']['output'];
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Who invited this person. */
  invitedBy?: Maybe<User>;
  /** Whether this person has proven ownership of at least one source. */
  isVerifiedCreator: Scalars['Boolean']['output'];
  role: UserRole;
  /** Visible to the person and administrators only. */
  suspendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The sources this person has proven are theirs, across platforms. */
  verifiedSources: Array<Source>;
  /** Whether the viewer blocks this person. */
  viewerHasBlocked: Scalars['Boolean']['output'];
  /** Whether the viewer follows this person (false when signed out). */
  viewerIsFollowing: Scalars['Boolean']['output'];
};

export type UserConnection = {
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
};

export type UserEdge = {
  cursor: Scalars['String']['output'];
  node: User;
};

/** USER or ADMIN. */
export type UserRole = 'ADMIN' | 'USER';

export type HealthQueryVariables = Exact<{ [key: string]: never }>;

export type HealthQuery = { health: { ok: boolean; database: boolean; redis: boolean; version: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    ok
    database
    redis
    version
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
