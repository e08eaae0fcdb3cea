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
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format (ISO 8601), between years 0001 and 9999. Inputs may also be a date (2019-12-03, midnight UTC), a time with an offset (no offset means UTC), or integer epoch milliseconds. */
  DateTime: { input: string; output: string };
};

export type AddCommentInput = {
  /** Plain text, at most 5,000 characters; links and @mentions become links. */
  body: Scalars['String']['input'];
  entryId: Scalars['ID']['input'];
  /** The comment this replies to (same entry). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A password for one reader app (Google Reader and Fever APIs); the secret itself is never shown again. */
export type AppPassword = {
  createdAt: Scalars['DateTime']['output'];
  /** After this the app password no longer signs in. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** When an app last used it (to the minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
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

export type CreateAppPasswordInput = {
  /** Days until it stops working; omit for no expiry. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** What it is for, e.g. "Reeder on my phone" (at most 100 characters). */
  name: Scalars['String']['input'];
};

export type CreateInviteInput = {
  /** Default INVITE_TTL_DAYS; at most 365. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Default 1; more than 1 is for administrators (at most 1000). */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  /** A private note (who it is for), up to 200 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type CreatedAppPassword = {
  appPassword: AppPassword;
  /** The secret to type into the app, shown this once. */
  secret: Scalars['String']['output'];
};

/** A verified creator whose sources the viewer already reads; following them brings all their sources. */
export type CreatorSuggestion = {
  /** Why: "You read 2 of their sources". */
  reason: Scalars['String']['output'];
  reasonKind: SuggestionReasonKind;
  /** Their verified sources the viewer subscribes to. */
  sourcesYouRead: Array<Source>;
  user: User;
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

/** Suggestions for the viewer; never something they already subscribe to or follow, nor anything they dismissed. */
export type Discover = {
  creators: Array<CreatorSuggestion>;
  people: Array<PersonSuggestion>;
  sources: Array<SourceSuggestion>;
};

/** A post or article of a source. */
export type Entry = {
  author?: Maybe<Scalars['String']['output']>;
  /** Top-level comments, oldest first (replies nest under them). */
  comments: CommentConnection;
  commentsCount: Scalars['Int']['output'];
  /** Sanitized HTML (an allowlist of tags and attributes). */
  contentHtml: Scalars['String']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set when the post was forwarded from another channel or account (Telegram forwards). */
  forwardedFrom?: Maybe<EntryForward>;
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

/** Where a forwarded post (Telegram forward, X repost) first appeared. */
export type EntryForward = {
  /** The channel or account it was forwarded from. */
  name: Scalars['String']['output'];
  /** The original post (http/https), when the platform links it. */
  url?: Maybe<Scalars['String']['output']>;
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

/** What a fetch found: NEW_ENTRIES, NO_NEW_ENTRIES (the document changed, no new post), NOT_MODIFIED (304) or FAILED. */
export type FetchResult = 'FAILED' | 'NEW_ENTRIES' | 'NOT_MODIFIED' | 'NO_NEW_ENTRIES';

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

export type ImportItemStatus =
  | 'ALREADY_SUBSCRIBED'
  | 'FAILED'
  | 'PENDING'
  /** Not added: the feed is new to Tributary and the daily limit of new feeds per account was reached (see `error`). Importing the file again later adds it. */
  | 'SKIPPED'
  | 'SUBSCRIBED';

export type Invite = {
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who made the invite (null: the system’s first-run code). */
  createdBy?: Maybe<User>;
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

export type InviteConnection = {
  edges: Array<InviteEdge>;
  pageInfo: PageInfo;
};

export type InviteEdge = {
  cursor: Scalars['String']['output'];
  node: Invite;
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
  /** Creates an app password for a reader app; the answer holds the secret, which is never shown again. */
  createAppPassword: CreatedAppPassword;
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
  /** Hides a suggested source or person (give exactly one) from the viewer’s suggestions for good. */
  dismissSuggestion: Scalars['Boolean']['output'];
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
  /** Fetches a subscribed source now, or any source for administrators (at most one fetch at a time per source; RATE_LIMITED past RATE_LIMIT_REFRESH_ACCOUNT / RATE_LIMIT_REFRESH_SOURCE). Poll source(id).health for the result. */
  refreshSource: Source;
  /** Removes a comment (administrators); its reports are resolved and its author told. */
  removeComment: Comment;
  renameFolder: Folder;
  /** Reports a comment to the administrators. */
  reportComment: Report;
  /** Starts a full export in the background; poll `dataExport(id)`. */
  requestDataExport: DataExport;
  /** Revokes an app password: the apps using it are signed out at once. */
  revokeAppPassword: Scalars['Boolean']['output'];
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
  /** Lets a dismissed source or person be suggested again. */
  undismissSuggestion: Scalars['Boolean']['output'];
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

export type MutationCreateAppPasswordArgs = {
  input: CreateAppPasswordInput;
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

export type MutationDismissSuggestionArgs = {
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
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

export type MutationRevokeAppPasswordArgs = {
  id: Scalars['ID']['input'];
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

export type MutationUndismissSuggestionArgs = {
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
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
  /** Feeds handled so far (subscribed + alreadySubscribed + failed + skippedForLimit). */
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
  /** Feeds not added because they are new to Tributary and the daily limit of new feeds was reached; their lines have status SKIPPED. */
  skippedForLimit: Scalars['Int']['output'];
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

/** A person to follow, and why. */
export type PersonSuggestion = {
  /** People the viewer follows who follow them. */
  followedByCount: Scalars['Int']['output'];
  /** Why, in a sentence for people: "Followed by 2 people you follow". */
  reason: Scalars['String']['output'];
  reasonKind: SuggestionReasonKind;
  /** Up to 3 of them, most recent first. */
  sampleFollowers: Array<User>;
  user: User;
};

export type Query = {
  /** Every member’s invites, newest first (administrators). Notes are private to their creator: null on others’ invites. */
  adminInvites: InviteConnection;
  /** Every source, the ones needing attention first (administrators): FAILING, GONE, PENDING, OK; failing and gone ones longest-failing first, the others oldest first. */
  adminSources: SourceConnection;
  /** Every account, newest first (administrators). */
  adminUsers: UserConnection;
  /** The viewer’s app passwords that are not revoked, newest first. */
  appPasswords: Array<AppPassword>;
  /** People the viewer blocks. */
  blockedUsers: Array<User>;
  /** A comment by id (for links to a thread). */
  comment: Comment;
  /** A creator’s posts across all their verified sources (every platform), newest first. */
  creatorEntries: EntryConnection;
  /** One of the viewer’s exports (NOT_FOUND for anyone else’s). */
  dataExport: DataExport;
  /** Suggestions from the viewer’s graph: sources and people followed by people they follow (ranked so that what their circle reads beats what everyone reads), and verified creators of sources they read. Each says why. Never something they already subscribe to or follow, nor a dismissed one. */
  discover: Discover;
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
  /** Full-text search over entries every member may read: those of sources someone on the instance subscribes to (including the viewer’s own) or a creator verified. Words in titles, summaries and content, in any language Tributary stems (and Chinese/Japanese by substring); websearch syntax: "a phrase", or, -word. Title matches first, then by relevance, then newer first. `highlight` marks the matches. */
  search: SearchConnection;
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
  /** Entries and sources ranked by recent shares, comments and new subscribers, with exponential time decay. One person counts once per item; suspended members and people the viewer blocks do not count. */
  trending: Trending;
  unreadNotificationsCount: Scalars['Int']['output'];
  /** A public profile by handle (case-insensitive). */
  user?: Maybe<User>;
};

export type QueryAdminInvitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type QueryAdminSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<SourceStatus>;
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

export type QueryDiscoverArgs = {
  first?: Scalars['Int']['input'];
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

export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
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

export type QueryTrendingArgs = {
  first?: Scalars['Int']['input'];
  window?: TrendingWindow;
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

/** Why the next fetch is when it is: POSTING_RATE, SERVER_HINT (<ttl>, Cache-Control), MIN_INTERVAL / MAX_INTERVAL (FETCH_MIN_INTERVAL / FETCH_MAX_INTERVAL), BACKOFF (failing), RETRY_AFTER (the server said when), HOST_BUSY, PUSH (WebSub). */
export type ScheduleReason =
  | 'BACKOFF'
  | 'HOST_BUSY'
  | 'MAX_INTERVAL'
  | 'MIN_INTERVAL'
  | 'POSTING_RATE'
  | 'PUSH'
  | 'RETRY_AFTER'
  | 'SERVER_HINT';

/** Search results, most relevant first (title matches before the rest, then newer first). */
export type SearchConnection = {
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
};

export type SearchEdge = {
  cursor: Scalars['String']['output'];
  highlight: SearchHighlight;
  node: Entry;
  /** Relevance: 1 + rank when every searched word is in the title, else rank (0 ≤ rank < 1). Results come in descending order. */
  score: Scalars['Float']['output'];
};

/** Narrows a search. Every field is optional; they combine with AND. */
export type SearchFilter = {
  /** Only entries whose author contains this text (case-insensitive). */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Only entries that sort at or after this instant (Entry.sortAt). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only entries of this source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries that sort before this instant (Entry.sortAt). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Kinds of entries, as in the timeline. */
  view?: InputMaybe<TimelineView>;
};

/** Why an entry matched, as HTML that contains only text and <mark>…</mark> around the matched words (everything else is escaped). Render it as HTML. */
export type SearchHighlight = {
  /** Up to two fragments of the summary/content around the matches, joined by " … "; empty when only the title matched. */
  snippet: Scalars['String']['output'];
  /** The whole title with matches marked. */
  title: Scalars['String']['output'];
};

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
  /** 3–30 letters, digits or underscores; unique regardless of case, and refused when it looks like a reserved name or an existing handle (`rnaria` for `maria`). */
  handle: Scalars['String']['input'];
  inviteCode: Scalars['String']['input'];
  /** 8–256 characters; common passwords, and passwords built from the handle, email, name or “Tributary”, are refused. */
  password: Scalars['String']['input'];
};

/** A blog, newsletter, channel or account that Tributary follows. */
export type Source = {
  /** The verified owner (a creator who proved the source is theirs). */
  claimedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** The source’s entries, newest first (1–50 a page). One query per source: ask for it on one source at a time, not on lists. */
  entries: EntryConnection;
  health: SourceHealth;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** Whether a creator has verified this source. */
  isVerified: Scalars['Boolean']['output'];
  kind: SourceKind;
  /** Publication time of the newest entry. */
  lastEntryAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it is fetched next, and why. */
  schedule: SourceSchedule;
  siteUrl?: Maybe<Scalars['String']['output']>;
  subscribersCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  /** The URL Tributary fetches (feed, channel page or API endpoint). */
  url: Scalars['String']['output'];
  viewerIsSubscribed: Scalars['Boolean']['output'];
};

/** A blog, newsletter, channel or account that Tributary follows. */
export type SourceEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type SourceConnection = {
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
};

export type SourceEdge = {
  cursor: Scalars['String']['output'];
  node: Source;
};

/** How fetching a source is going. */
export type SourceHealth = {
  /** When the current run of failures began. */
  failingSince?: Maybe<Scalars['DateTime']['output']>;
  /** What went wrong last, in words a person understands. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Posts the last fetch stored that were not there before. */
  lastFetchNewEntries: Scalars['Int']['output'];
  /** What the last fetch found (null before the first). */
  lastFetchResult?: Maybe<FetchResult>;
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
  /** The source, when Tributary knew it before this preview (null for a new one: use sourceId). */
  source?: Maybe<Source>;
  /** The source this input resolved to, stored with the posts shown here: pass it to subscribe(input: { sourceId }). */
  sourceId: Scalars['ID']['output'];
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

/** When a source is fetched next, and why. */
export type SourceSchedule = {
  /** The schedule in words ("Next fetch in about 2 hours: it posts about 6 times a day"). */
  explanation: Scalars['String']['output'];
  /** The interval the last fetch chose, seconds. */
  intervalSeconds: Scalars['Int']['output'];
  /** Whether the schedule polls it: only sources with subscribers (and not GONE) are polled. */
  isPolled: Scalars['Boolean']['output'];
  /** When the next fetch is due; null when it is not polled. */
  nextFetchAt?: Maybe<Scalars['DateTime']['output']>;
  /** Estimated posts per day (null: not known yet). */
  postsPerDay?: Maybe<Scalars['Float']['output']>;
  /** Why; null before the first fetch. */
  reason?: Maybe<ScheduleReason>;
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
  /** Entries of the source the viewer has not read, counted up to 1000 (more show as 1000). */
  unreadCount: Scalars['Int']['output'];
};

/** A source to subscribe to, and why. */
export type SourceSuggestion = {
  /** People the viewer follows who subscribe to it. */
  followedByCount: Scalars['Int']['output'];
  /** Why, in a sentence for people: "Followed by 3 people you follow". */
  reason: Scalars['String']['output'];
  reasonKind: SuggestionReasonKind;
  /** Up to 3 of them, most recent subscribers first. */
  sampleFollowers: Array<User>;
  source: Source;
};

/** Give exactly one of sourceId, url or (deprecated) source. */
export type SubscribeInput = {
  /** Folder name; created when missing. */
  folder?: InputMaybe<Scalars['String']['input']>;
  /** Which platform to try first. */
  kind?: InputMaybe<SourceKind>;
  /**
   * A URL, domain, @handle, or the id of a source Tributary knows.
   * @deprecated Use sourceId (a known source) or url (anything to resolve).
   */
  source?: InputMaybe<Scalars['String']['input']>;
  /** A source Tributary knows, e.g. previewSource’s sourceId: subscribes without resolving anything again. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** A custom title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A URL, domain or @handle to resolve (once) and subscribe to. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  /** The viewer’s new notifications, live. */
  notificationAdded: Notification;
  /** New entries of the viewer’s subscriptions and followed creators, live (SSE: POST /graphql with Accept: text/event-stream). */
  timelineUpdates: TimelineUpdate;
};

/** FOLLOWED_BY_PEOPLE_YOU_FOLLOW: people the viewer follows subscribe to / follow it (see sampleFollowers). POPULAR: many members read it (shown when the graph has too little to say). CREATOR_OF_SOURCES_YOU_READ: this person verified sources the viewer subscribes to. */
export type SuggestionReasonKind =
  'CREATOR_OF_SOURCES_YOU_READ' | 'FOLLOWED_BY_PEOPLE_YOU_FOLLOW' | 'POPULAR';

export type TimelineFilter = {
  /** Only sources in this folder (its name or id); shares are left out. */
  folder?: InputMaybe<Scalars['String']['input']>;
  /** Only this source (one the viewer follows); shares are left out. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries the viewer has not read. */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
  view?: InputMaybe<TimelineView>;
};

/** New items of the viewer’s timeline: entries of their sources as the worker stores them, and shares by people they follow (`sharedBy` set). */
export type TimelineUpdate = {
  /** Newest first. */
  entries: Array<Entry>;
};

/** ALL; ARTICLES (entries of kind ARTICLE); SOCIAL (kind POST); PICTURES, VIDEOS, AUDIO (entries with an image, video or audio file). */
export type TimelineView = 'ALL' | 'ARTICLES' | 'AUDIO' | 'PICTURES' | 'SOCIAL' | 'VIDEOS';

/** What members are sharing, discussing and subscribing to now. The same for every member (only public sources). */
export type Trending = {
  entries: Array<TrendingEntry>;
  halfLifeHours: Scalars['Float']['output'];
  sources: Array<TrendingSource>;
  window: TrendingWindow;
};

export type TrendingEntry = {
  /** Of them, people who commented on it. */
  commentsCount: Scalars['Int']['output'];
  entry: Entry;
  /** Distinct people who shared or commented in the window. */
  peopleCount: Scalars['Int']['output'];
  /** Sum over people of their strongest action (share 3, comment 2), halved every half-life since it happened. */
  score: Scalars['Float']['output'];
  /** Of them, people who shared it. */
  sharesCount: Scalars['Int']['output'];
};

export type TrendingSource = {
  /** People who subscribed in the window (and still are). */
  newSubscribersCount: Scalars['Int']['output'];
  /** Distinct people active around it in the window. */
  peopleCount: Scalars['Int']['output'];
  /** Sum over people of their strongest action (subscribe 2, share 3, comment 2 on its entries), with the same decay. */
  score: Scalars['Float']['output'];
  source: Source;
};

/** DAY: activity of the last 24 hours, half-life 6 hours. WEEK: the last 7 days, half-life 36 hours. */
export type TrendingWindow = 'DAY' | 'WEEK';

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

export type WelcomeQueryVariables = Exact<{ [key: string]: never }>;

export type WelcomeQuery = {
  me?: {
    id: string;
    displayName: string;
    invitedBy?: { ' $fragmentRefs'?: { PersonFieldsFragment: PersonFieldsFragment } } | null;
  } | null;
  subscriptions: Array<{
    id: string;
    title: string;
    source: { id: string; kind: SourceKind; imageUrl?: string | null };
  }>;
};

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;

export type LogInMutation = { logIn: { user: { id: string; handle: string } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = { signUp: { user: { id: string; handle: string } } };

export type PreviewSourceMutationVariables = Exact<{
  input: Scalars['String']['input'];
  kind?: InputMaybe<SourceKind>;
}>;

export type PreviewSourceMutation = {
  previewSource: {
    sourceId: string;
    kind: SourceKind;
    title?: string | null;
    description?: string | null;
    imageUrl?: string | null;
    siteUrl?: string | null;
    url: string;
    source?: {
      id: string;
      viewerIsSubscribed: boolean;
      subscribersCount: number;
      isVerified: boolean;
    } | null;
    recentItems: Array<{
      title?: string | null;
      summary: string;
      url?: string | null;
      imageUrl?: string | null;
      publishedAt?: string | null;
    }>;
  };
};

export type SubscribeMutationVariables = Exact<{
  input: SubscribeInput;
}>;

export type SubscribeMutation = {
  subscribe: {
    id: string;
    title: string;
    folder?: { id: string; name: string } | null;
    source: { id: string; kind: SourceKind; title: string };
  };
};

export type FoldersQueryVariables = Exact<{ [key: string]: never }>;

export type FoldersQuery = { folders: Array<{ id: string; name: string }> };

export type AdminGateQueryVariables = Exact<{ [key: string]: never }>;

export type AdminGateQuery = { me?: { id: string; role: UserRole } | null };

export type AdminUsersQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type AdminUsersQuery = {
  adminUsers: {
    edges: Array<{
      node: {
        id: string;
        handle: string;
        displayName: string;
        email?: string | null;
        avatarUrl?: string | null;
        role: UserRole;
        createdAt: string;
        suspendedAt?: string | null;
        isVerifiedCreator: boolean;
        followersCount: number;
        invitedBy?: { id: string; handle: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type SuspendUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SuspendUserMutation = { suspendUser: { id: string; suspendedAt?: string | null } };

export type UnsuspendUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type UnsuspendUserMutation = { unsuspendUser: { id: string; suspendedAt?: string | null } };

export type InviteFieldsFragment = {
  id: string;
  code: string;
  url: string;
  note?: string | null;
  status: InviteStatus;
  maxUses: number;
  usesCount: number;
  createdAt: string;
  expiresAt?: string | null;
  revokedAt?: string | null;
  usedBy: Array<{ id: string; handle: string; displayName: string; avatarUrl?: string | null }>;
  createdBy?: { id: string; handle: string } | null;
} & { ' $fragmentName'?: 'InviteFieldsFragment' };

export type AdminInvitesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type AdminInvitesQuery = {
  adminInvites: {
    edges: Array<{ node: { ' $fragmentRefs'?: { InviteFieldsFragment: InviteFieldsFragment } } }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type MyInvitesQueryVariables = Exact<{ [key: string]: never }>;

export type MyInvitesQuery = {
  myInvites: Array<{ ' $fragmentRefs'?: { InviteFieldsFragment: InviteFieldsFragment } }>;
  me?: { id: string; role: UserRole } | null;
};

export type CreateInviteMutationVariables = Exact<{
  input?: InputMaybe<CreateInviteInput>;
}>;

export type CreateInviteMutation = {
  createInvite: { ' $fragmentRefs'?: { InviteFieldsFragment: InviteFieldsFragment } };
};

export type RevokeInviteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RevokeInviteMutation = {
  revokeInvite: { ' $fragmentRefs'?: { InviteFieldsFragment: InviteFieldsFragment } };
};

export type AdminRevokeInviteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AdminRevokeInviteMutation = {
  adminRevokeInvite: { ' $fragmentRefs'?: { InviteFieldsFragment: InviteFieldsFragment } };
};

export type ReportsQueryVariables = Exact<{
  status?: InputMaybe<ReportStatus>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type ReportsQuery = {
  reports: {
    edges: Array<{
      node: {
        id: string;
        reason: string;
        status: ReportStatus;
        createdAt: string;
        resolvedAt?: string | null;
        reporter?: { id: string; handle: string; displayName: string } | null;
        comment?: {
          id: string;
          body: string;
          createdAt: string;
          removedAt?: string | null;
          isTombstone: boolean;
          entryId: string;
          entry: { id: string; title: string };
          author?: { id: string; handle: string; displayName: string; avatarUrl?: string | null } | null;
        } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type RemoveCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RemoveCommentMutation = { removeComment: { id: string; removedAt?: string | null } };

export type DismissReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DismissReportMutation = { dismissReport: { id: string; status: ReportStatus } };

export type SourceHealthQueryVariables = Exact<{
  status?: InputMaybe<SourceStatus>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type SourceHealthQuery = {
  adminSources: {
    edges: Array<{
      node: {
        id: string;
        kind: SourceKind;
        title: string;
        url: string;
        imageUrl?: string | null;
        subscribersCount: number;
        lastEntryAt?: string | null;
        health: { ' $fragmentRefs'?: { SourceHealthFieldsFragment: SourceHealthFieldsFragment } };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type AdminRefreshSourceMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
}>;

export type AdminRefreshSourceMutation = {
  refreshSource: {
    id: string;
    health: { ' $fragmentRefs'?: { SourceHealthFieldsFragment: SourceHealthFieldsFragment } };
  };
};

export type AppPasswordsQueryVariables = Exact<{ [key: string]: never }>;

export type AppPasswordsQuery = {
  appPasswords: Array<{
    id: string;
    name: string;
    createdAt: string;
    expiresAt?: string | null;
    lastUsedAt?: string | null;
  }>;
};

export type CreateAppPasswordMutationVariables = Exact<{
  input: CreateAppPasswordInput;
}>;

export type CreateAppPasswordMutation = {
  createAppPassword: {
    secret: string;
    appPassword: {
      id: string;
      name: string;
      createdAt: string;
      expiresAt?: string | null;
      lastUsedAt?: string | null;
    };
  };
};

export type RevokeAppPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RevokeAppPasswordMutation = { revokeAppPassword: boolean };

export type ClaimFieldsFragment = {
  id: string;
  code: string;
  status: ClaimStatus;
  method?: ClaimMethod | null;
  failureReason?: string | null;
  createdAt: string;
  checkedAt?: string | null;
  verifiedAt?: string | null;
  expiresAt: string;
  revokedAt?: string | null;
  instructions: Array<{ method: ClaimMethod; title: string; text: string; hint: string }>;
  source: {
    id: string;
    kind: SourceKind;
    title: string;
    url: string;
    siteUrl?: string | null;
    imageUrl?: string | null;
    isVerified: boolean;
  };
} & { ' $fragmentName'?: 'ClaimFieldsFragment' };

export type ClaimSourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ClaimSourceQuery = {
  source: {
    id: string;
    kind: SourceKind;
    title: string;
    url: string;
    siteUrl?: string | null;
    imageUrl?: string | null;
    description: string;
    isVerified: boolean;
    claimedBy?: { id: string; handle: string; displayName: string } | null;
  };
  me?: { id: string; handle: string } | null;
};

export type StartClaimMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
}>;

export type StartClaimMutation = {
  startClaim: { ' $fragmentRefs'?: { ClaimFieldsFragment: ClaimFieldsFragment } };
};

export type CheckClaimMutationVariables = Exact<{
  claimId: Scalars['ID']['input'];
}>;

export type CheckClaimMutation = {
  checkClaim: { ' $fragmentRefs'?: { ClaimFieldsFragment: ClaimFieldsFragment } };
};

export type MyClaimsQueryVariables = Exact<{ [key: string]: never }>;

export type MyClaimsQuery = {
  myClaims: Array<{ ' $fragmentRefs'?: { ClaimFieldsFragment: ClaimFieldsFragment } }>;
};

export type CreatorQueryVariables = Exact<{
  handle: Scalars['String']['input'];
}>;

export type CreatorQuery = {
  user?: {
    id: string;
    handle: string;
    displayName: string;
    avatarUrl?: string | null;
    bio: string;
    isVerifiedCreator: boolean;
    followersCount: number;
    viewerIsFollowing: boolean;
    feeds: Array<{ href: string; rel: string; type: string; title: string }>;
    verifiedSources: Array<{
      id: string;
      kind: SourceKind;
      title: string;
      description: string;
      imageUrl?: string | null;
      siteUrl?: string | null;
      url: string;
      subscribersCount: number;
      viewerIsSubscribed: boolean;
    }>;
  } | null;
  me?: { id: string } | null;
};

export type CreatorFeedQueryVariables = Exact<{
  handle: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type CreatorFeedQuery = {
  creatorEntries: {
    edges: Array<{
      cursor: string;
      node: { ' $fragmentRefs'?: { EntryCardFieldsFragment: EntryCardFieldsFragment } };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type MoreCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type MoreCommentsQuery = {
  entry: {
    id: string;
    comments: {
      edges: Array<{ node: { ' $fragmentRefs'?: { CommentFieldsFragment: CommentFieldsFragment } } }>;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    };
  };
};

export type RepliesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type RepliesQuery = {
  comment: {
    id: string;
    replies: {
      edges: Array<{ node: { ' $fragmentRefs'?: { CommentFieldsFragment: CommentFieldsFragment } } }>;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    };
  };
};

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type AddCommentMutation = {
  addComment: { ' $fragmentRefs'?: { CommentFieldsFragment: CommentFieldsFragment } };
};

export type EditCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;

export type EditCommentMutation = {
  editComment: { ' $fragmentRefs'?: { CommentFieldsFragment: CommentFieldsFragment } };
};

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DeleteCommentMutation = {
  deleteComment: { ' $fragmentRefs'?: { CommentFieldsFragment: CommentFieldsFragment } };
};

export type ReportCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type ReportCommentMutation = { reportComment: { id: string } };

export type CommentFieldsFragment = {
  id: string;
  entryId: string;
  parentId?: string | null;
  body: string;
  bodyHtml: string;
  createdAt: string;
  editedAt?: string | null;
  isTombstone: boolean;
  authorIsSourceOwner: boolean;
  repliesCount: number;
  author?: { id: string; handle: string; displayName: string; avatarUrl?: string | null } | null;
} & { ' $fragmentName'?: 'CommentFieldsFragment' };

export type DiscoverQueryVariables = Exact<{
  window: TrendingWindow;
}>;

export type DiscoverQuery = {
  discover: {
    sources: Array<{
      reason: string;
      reasonKind: SuggestionReasonKind;
      followedByCount: number;
      sampleFollowers: Array<{ id: string; handle: string; displayName: string; avatarUrl?: string | null }>;
      source: {
        id: string;
        kind: SourceKind;
        title: string;
        description: string;
        imageUrl?: string | null;
        url: string;
        siteUrl?: string | null;
        isVerified: boolean;
        subscribersCount: number;
      };
    }>;
    people: Array<{
      reason: string;
      reasonKind: SuggestionReasonKind;
      followedByCount: number;
      user: {
        id: string;
        handle: string;
        displayName: string;
        avatarUrl?: string | null;
        bio: string;
        isVerifiedCreator: boolean;
      };
    }>;
    creators: Array<{
      reason: string;
      reasonKind: SuggestionReasonKind;
      user: {
        id: string;
        handle: string;
        displayName: string;
        avatarUrl?: string | null;
        bio: string;
        isVerifiedCreator: boolean;
      };
      sourcesYouRead: Array<{ id: string; kind: SourceKind; title: string }>;
    }>;
  };
  trending: {
    entries: Array<{
      score: number;
      peopleCount: number;
      sharesCount: number;
      commentsCount: number;
      entry: {
        id: string;
        title: string;
        summary: string;
        publishedAt?: string | null;
        isVerified: boolean;
        source: {
          id: string;
          kind: SourceKind;
          title: string;
          imageUrl?: string | null;
          isVerified: boolean;
        };
      };
    }>;
    sources: Array<{
      score: number;
      peopleCount: number;
      newSubscribersCount: number;
      source: {
        id: string;
        kind: SourceKind;
        title: string;
        imageUrl?: string | null;
        url: string;
        isVerified: boolean;
        subscribersCount: number;
        viewerIsSubscribed: boolean;
      };
    }>;
  };
};

export type DiscoverSubscribeMutationVariables = Exact<{
  input: SubscribeInput;
}>;

export type DiscoverSubscribeMutation = {
  subscribe: { id: string; source: { id: string; viewerIsSubscribed: boolean; subscribersCount: number } };
};

export type DiscoverUnsubscribeMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
}>;

export type DiscoverUnsubscribeMutation = { unsubscribe: boolean };

export type DismissSuggestionMutationVariables = Exact<{
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
}>;

export type DismissSuggestionMutation = { dismissSuggestion: boolean };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
}>;

export type SearchQuery = {
  search: {
    edges: Array<{
      cursor: string;
      score: number;
      highlight: { title: string; snippet: string };
      node: {
        id: string;
        title: string;
        url?: string | null;
        publishedAt?: string | null;
        author?: string | null;
        isVerified: boolean;
        source: {
          id: string;
          kind: SourceKind;
          title: string;
          imageUrl?: string | null;
          isVerified: boolean;
        };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type SearchSourcesQueryVariables = Exact<{ [key: string]: never }>;

export type SearchSourcesQuery = {
  subscriptions: Array<{ id: string; title: string; source: { id: string } }>;
};

export type SearchSourceTitleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SearchSourceTitleQuery = { source: { id: string; title: string } };

export type EntryCardFieldsFragment = {
  id: string;
  kind: EntryKind;
  title: string;
  summary: string;
  url?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  sortAt: string;
  isPreview: boolean;
  isVerified: boolean;
  viewerHasRead: boolean;
  viewerHasStarred: boolean;
  viewerHasShared: boolean;
  commentsCount: number;
  sharesCount: number;
  media: Array<{
    url: string;
    type: string;
    width?: number | null;
    height?: number | null;
    durationSeconds?: number | null;
  }>;
  source: {
    id: string;
    kind: SourceKind;
    title: string;
    imageUrl?: string | null;
    siteUrl?: string | null;
    isVerified: boolean;
  };
  forwardedFrom?: { name: string; url?: string | null } | null;
  sharedBy?: {
    id: string;
    note: string;
    sharedAt: string;
    user: { id: string; handle: string; displayName: string; avatarUrl?: string | null };
  } | null;
} & { ' $fragmentName'?: 'EntryCardFieldsFragment' };

export type EntryReaderFieldsFragment = ({
  contentHtml: string;
  editedAt?: string | null;
  source: {
    description: string;
    url: string;
    claimedBy?: { id: string; handle: string; displayName: string } | null;
  };
} & { ' $fragmentRefs'?: { EntryCardFieldsFragment: EntryCardFieldsFragment } }) & {
  ' $fragmentName'?: 'EntryReaderFieldsFragment';
};

export type MarkReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;

export type MarkReadMutation = { markRead: Array<{ id: string; viewerHasRead: boolean }> };

export type MarkUnreadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;

export type MarkUnreadMutation = { markUnread: Array<{ id: string; viewerHasRead: boolean }> };

export type StarMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type StarMutation = { star: { id: string; viewerHasStarred: boolean } };

export type UnstarMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type UnstarMutation = { unstar: { id: string; viewerHasStarred: boolean } };

export type ShareEntryMutationVariables = Exact<{
  input: ShareInput;
}>;

export type ShareEntryMutation = { share: { id: string; note: string } };

export type UnshareEntryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type UnshareEntryMutation = { unshare: boolean };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type NotificationsQuery = {
  unreadNotificationsCount: number;
  notifications: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        type: NotificationType;
        isRead: boolean;
        createdAt: string;
        actor?: { id: string; handle: string; displayName: string; avatarUrl?: string | null } | null;
        entry?: { id: string; title: string } | null;
        comment?: { id: string; body: string; entryId: string } | null;
        source?: { id: string; title: string } | null;
        claim?: { id: string; failureReason?: string | null; source: { id: string; title: string } } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type PersonFieldsFragment = {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl?: string | null;
  bio: string;
  viewerIsFollowing: boolean;
} & { ' $fragmentName'?: 'PersonFieldsFragment' };

export type PeoplePageFieldsFragment = {
  edges: Array<{ node: { ' $fragmentRefs'?: { PersonFieldsFragment: PersonFieldsFragment } } }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
} & { ' $fragmentName'?: 'PeoplePageFieldsFragment' };

export type ProfileQueryVariables = Exact<{
  handle: Scalars['String']['input'];
}>;

export type ProfileQuery = {
  user?: {
    id: string;
    handle: string;
    displayName: string;
    avatarUrl?: string | null;
    bio: string;
    createdAt: string;
    isVerifiedCreator: boolean;
    followersCount: number;
    followingCount: number;
    followsViewer: boolean;
    viewerIsFollowing: boolean;
    viewerHasBlocked: boolean;
    feeds: Array<{ href: string; type: string; title: string }>;
    verifiedSources: Array<{
      id: string;
      kind: SourceKind;
      title: string;
      imageUrl?: string | null;
      siteUrl?: string | null;
      url: string;
    }>;
  } | null;
};

export type FollowersQueryVariables = Exact<{
  handle: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type FollowersQuery = {
  followers: { ' $fragmentRefs'?: { PeoplePageFieldsFragment: PeoplePageFieldsFragment } };
};

export type FollowingQueryVariables = Exact<{
  handle: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type FollowingQuery = {
  following: { ' $fragmentRefs'?: { PeoplePageFieldsFragment: PeoplePageFieldsFragment } };
};

export type CreatorEntriesQueryVariables = Exact<{
  handle: Scalars['String']['input'];
}>;

export type CreatorEntriesQuery = {
  creatorEntries: {
    edges: Array<{ node: { ' $fragmentRefs'?: { EntryCardFieldsFragment: EntryCardFieldsFragment } } }>;
  };
};

export type FollowMutationVariables = Exact<{
  handle: Scalars['String']['input'];
}>;

export type FollowMutation = { follow: { id: string; viewerIsFollowing: boolean; followersCount: number } };

export type UnfollowMutationVariables = Exact<{
  handle: Scalars['String']['input'];
}>;

export type UnfollowMutation = {
  unfollow: { id: string; viewerIsFollowing: boolean; followersCount: number };
};

export type BlockUserMutationVariables = Exact<{
  handle: Scalars['String']['input'];
}>;

export type BlockUserMutation = { block: { id: string; viewerHasBlocked: boolean } };

export type UnblockUserMutationVariables = Exact<{
  handle: Scalars['String']['input'];
}>;

export type UnblockUserMutation = { unblock: { id: string; viewerHasBlocked: boolean } };

export type EntryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type EntryQuery = {
  entry: {
    comments: {
      edges: Array<{ node: { ' $fragmentRefs'?: { CommentFieldsFragment: CommentFieldsFragment } } }>;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    };
  } & { ' $fragmentRefs'?: { EntryReaderFieldsFragment: EntryReaderFieldsFragment } };
};

export type SettingsProfileQueryVariables = Exact<{ [key: string]: never }>;

export type SettingsProfileQuery = {
  me?: {
    id: string;
    handle: string;
    email?: string | null;
    displayName: string;
    bio: string;
    avatarUrl?: string | null;
    role: UserRole;
  } | null;
};

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateProfileMutation = {
  updateProfile: { id: string; displayName: string; bio: string; avatarUrl?: string | null };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type SessionsQueryVariables = Exact<{ [key: string]: never }>;

export type SessionsQuery = {
  sessions: Array<{
    id: string;
    createdAt: string;
    expiresAt: string;
    lastSeenAt: string;
    ip?: string | null;
    userAgent?: string | null;
    isCurrent: boolean;
  }>;
};

export type RevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type RevokeSessionMutation = { revokeSession: boolean };

export type LogOutOtherSessionsMutationVariables = Exact<{ [key: string]: never }>;

export type LogOutOtherSessionsMutation = { logOutOtherSessions: number };

export type ImportOpmlMutationVariables = Exact<{
  opml: Scalars['String']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
}>;

export type ImportOpmlMutation = { importOpml: { id: string } };

export type OpmlImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type OpmlImportQuery = {
  opmlImport: {
    id: string;
    status: OpmlImportStatus;
    total: number;
    done: number;
    subscribed: number;
    alreadySubscribed: number;
    failed: number;
    skippedForLimit: number;
    duplicates: number;
    skipped: Array<string>;
    error?: string | null;
    createdAt: string;
    finishedAt?: string | null;
    items: {
      edges: Array<{
        node: {
          id: string;
          position: number;
          title?: string | null;
          url: string;
          folder?: string | null;
          status: ImportItemStatus;
          error?: string | null;
          sourceId?: string | null;
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    };
  };
};

export type ExportOpmlQueryVariables = Exact<{ [key: string]: never }>;

export type ExportOpmlQuery = { exportOpml: string };

export type DataExportFieldsFragment = {
  id: string;
  status: DataExportStatus;
  createdAt: string;
  finishedAt?: string | null;
  expiresAt?: string | null;
  sizeBytes?: number | null;
  downloadUrl?: string | null;
  error?: string | null;
} & { ' $fragmentName'?: 'DataExportFieldsFragment' };

export type MyDataExportsQueryVariables = Exact<{ [key: string]: never }>;

export type MyDataExportsQuery = {
  myDataExports: Array<{ ' $fragmentRefs'?: { DataExportFieldsFragment: DataExportFieldsFragment } }>;
};

export type DataExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type DataExportQuery = {
  dataExport: { ' $fragmentRefs'?: { DataExportFieldsFragment: DataExportFieldsFragment } };
};

export type RequestDataExportMutationVariables = Exact<{ [key: string]: never }>;

export type RequestDataExportMutation = {
  requestDataExport: { ' $fragmentRefs'?: { DataExportFieldsFragment: DataExportFieldsFragment } };
};

export type DeleteAccountMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;

export type DeleteAccountMutation = { deleteAccount: boolean };

export type ViewerFieldsFragment = {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl?: string | null;
  role: UserRole;
} & { ' $fragmentName'?: 'ViewerFieldsFragment' };

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  unreadNotificationsCount: number;
  me?: { ' $fragmentRefs'?: { ViewerFieldsFragment: ViewerFieldsFragment } } | null;
};

export type ShellQueryVariables = Exact<{ [key: string]: never }>;

export type ShellQuery = {
  unreadNotificationsCount: number;
  me?: { ' $fragmentRefs'?: { ViewerFieldsFragment: ViewerFieldsFragment } } | null;
  folders: Array<{ id: string; name: string; position: number }>;
  subscriptions: Array<{
    id: string;
    title: string;
    unreadCount: number;
    folder?: { id: string; name: string } | null;
    source: {
      id: string;
      kind: SourceKind;
      imageUrl?: string | null;
      isVerified: boolean;
      health: { status: SourceStatus; lastError?: string | null };
    };
  }>;
};

export type UnreadCountsQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadCountsQuery = { subscriptions: Array<{ id: string; unreadCount: number }> };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NotificationAddedSubscription = { notificationAdded: { id: string; type: NotificationType } };

export type LogOutMutationVariables = Exact<{ [key: string]: never }>;

export type LogOutMutation = { logOut: boolean };

export type SourceHealthFieldsFragment = {
  status: SourceStatus;
  lastError?: string | null;
  lastFetchedAt?: string | null;
  lastSuccessAt?: string | null;
  failingSince?: string | null;
  nextFetchAt: string;
  lastFetchResult?: FetchResult | null;
  lastFetchNewEntries: number;
} & { ' $fragmentName'?: 'SourceHealthFieldsFragment' };

export type SourceScheduleFieldsFragment = {
  isPolled: boolean;
  nextFetchAt?: string | null;
  reason?: ScheduleReason | null;
  explanation: string;
} & { ' $fragmentName'?: 'SourceScheduleFieldsFragment' };

export type RefreshSourceMutationVariables = Exact<{
  sourceId: Scalars['ID']['input'];
}>;

export type RefreshSourceMutation = {
  refreshSource: {
    id: string;
    health: { ' $fragmentRefs'?: { SourceHealthFieldsFragment: SourceHealthFieldsFragment } };
  };
};

export type SourceFetchStatusQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type SourceFetchStatusQuery = {
  source: {
    id: string;
    health: { ' $fragmentRefs'?: { SourceHealthFieldsFragment: SourceHealthFieldsFragment } };
    schedule: { ' $fragmentRefs'?: { SourceScheduleFieldsFragment: SourceScheduleFieldsFragment } };
  };
};

export type SourcePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type SourcePageQuery = {
  source: {
    id: string;
    kind: SourceKind;
    title: string;
    description: string;
    url: string;
    siteUrl?: string | null;
    imageUrl?: string | null;
    subscribersCount: number;
    lastEntryAt?: string | null;
    isVerified: boolean;
    viewerIsSubscribed: boolean;
    claimedBy?: { id: string; handle: string; displayName: string; isVerifiedCreator: boolean } | null;
    health: { ' $fragmentRefs'?: { SourceHealthFieldsFragment: SourceHealthFieldsFragment } };
    schedule: { ' $fragmentRefs'?: { SourceScheduleFieldsFragment: SourceScheduleFieldsFragment } };
    entries: {
      edges: Array<{
        node: {
          id: string;
          title: string;
          summary: string;
          publishedAt?: string | null;
          sortAt: string;
          isVerified: boolean;
          media: Array<{ url: string; type: string }>;
          source: { id: string; title: string; imageUrl?: string | null };
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    };
  };
};

export type TimelineQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineFilter>;
}>;

export type TimelineQuery = {
  timeline: {
    edges: Array<{
      cursor: string;
      node: { ' $fragmentRefs'?: { EntryCardFieldsFragment: EntryCardFieldsFragment } };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type StarredQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type StarredQuery = {
  starred: {
    edges: Array<{
      cursor: string;
      node: { ' $fragmentRefs'?: { EntryCardFieldsFragment: EntryCardFieldsFragment } };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
};

export type TimelineUpdatesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type TimelineUpdatesSubscription = { timelineUpdates: { entries: Array<{ id: string }> } };

export type MarkAllReadMutationVariables = Exact<{
  filter?: InputMaybe<TimelineFilter>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
}>;

export type MarkAllReadMutation = { markAllRead: number };

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
export const InviteFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'InviteFields' },
) as unknown as TypedDocumentString<InviteFieldsFragment, unknown>;
export const ClaimFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'ClaimFields' },
) as unknown as TypedDocumentString<ClaimFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'CommentFields' },
) as unknown as TypedDocumentString<CommentFieldsFragment, unknown>;
export const EntryCardFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'EntryCardFields' },
) as unknown as TypedDocumentString<EntryCardFieldsFragment, unknown>;
export const EntryReaderFieldsFragmentDoc = new TypedDocumentString(
  `
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
}`,
  { fragmentName: 'EntryReaderFields' },
) as unknown as TypedDocumentString<EntryReaderFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PersonFields on User {
  id
  handle
  displayName
  avatarUrl
  bio
  viewerIsFollowing
}
    `,
  { fragmentName: 'PersonFields' },
) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const PeoplePageFieldsFragmentDoc = new TypedDocumentString(
  `
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
    fragment PersonFields on User {
  id
  handle
  displayName
  avatarUrl
  bio
  viewerIsFollowing
}`,
  { fragmentName: 'PeoplePageFields' },
) as unknown as TypedDocumentString<PeoplePageFieldsFragment, unknown>;
export const DataExportFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'DataExportFields' },
) as unknown as TypedDocumentString<DataExportFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ViewerFields on User {
  id
  handle
  displayName
  avatarUrl
  role
}
    `,
  { fragmentName: 'ViewerFields' },
) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const SourceHealthFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SourceHealthFields on SourceHealth {
  status
  lastError
  lastFetchedAt
  lastSuccessAt
  failingSince
  nextFetchAt
  lastFetchResult
  lastFetchNewEntries
}
    `,
  { fragmentName: 'SourceHealthFields' },
) as unknown as TypedDocumentString<SourceHealthFieldsFragment, unknown>;
export const SourceScheduleFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment SourceScheduleFields on SourceSchedule {
  isPolled
  nextFetchAt
  reason
  explanation
}
    `,
  { fragmentName: 'SourceScheduleFields' },
) as unknown as TypedDocumentString<SourceScheduleFieldsFragment, unknown>;
export const WelcomeDocument = new TypedDocumentString(`
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
    fragment PersonFields on User {
  id
  handle
  displayName
  avatarUrl
  bio
  viewerIsFollowing
}`) as unknown as TypedDocumentString<WelcomeQuery, WelcomeQueryVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    user {
      id
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
      handle
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const PreviewSourceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<PreviewSourceMutation, PreviewSourceMutationVariables>;
export const SubscribeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SubscribeMutation, SubscribeMutationVariables>;
export const FoldersDocument = new TypedDocumentString(`
    query Folders {
  folders {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FoldersQuery, FoldersQueryVariables>;
export const AdminGateDocument = new TypedDocumentString(`
    query AdminGate {
  me {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<AdminGateQuery, AdminGateQueryVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const SuspendUserDocument = new TypedDocumentString(`
    mutation SuspendUser($id: ID!) {
  suspendUser(id: $id) {
    id
    suspendedAt
  }
}
    `) as unknown as TypedDocumentString<SuspendUserMutation, SuspendUserMutationVariables>;
export const UnsuspendUserDocument = new TypedDocumentString(`
    mutation UnsuspendUser($id: ID!) {
  unsuspendUser(id: $id) {
    id
    suspendedAt
  }
}
    `) as unknown as TypedDocumentString<UnsuspendUserMutation, UnsuspendUserMutationVariables>;
export const AdminInvitesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AdminInvitesQuery, AdminInvitesQueryVariables>;
export const MyInvitesDocument = new TypedDocumentString(`
    query MyInvites {
  myInvites {
    ...InviteFields
  }
  me {
    id
    role
  }
}
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
}`) as unknown as TypedDocumentString<MyInvitesQuery, MyInvitesQueryVariables>;
export const CreateInviteDocument = new TypedDocumentString(`
    mutation CreateInvite($input: CreateInviteInput) {
  createInvite(input: $input) {
    ...InviteFields
  }
}
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
}`) as unknown as TypedDocumentString<CreateInviteMutation, CreateInviteMutationVariables>;
export const RevokeInviteDocument = new TypedDocumentString(`
    mutation RevokeInvite($id: ID!) {
  revokeInvite(id: $id) {
    ...InviteFields
  }
}
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
}`) as unknown as TypedDocumentString<RevokeInviteMutation, RevokeInviteMutationVariables>;
export const AdminRevokeInviteDocument = new TypedDocumentString(`
    mutation AdminRevokeInvite($id: ID!) {
  adminRevokeInvite(id: $id) {
    ...InviteFields
  }
}
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
}`) as unknown as TypedDocumentString<AdminRevokeInviteMutation, AdminRevokeInviteMutationVariables>;
export const ReportsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ReportsQuery, ReportsQueryVariables>;
export const RemoveCommentDocument = new TypedDocumentString(`
    mutation RemoveComment($id: ID!) {
  removeComment(id: $id) {
    id
    removedAt
  }
}
    `) as unknown as TypedDocumentString<RemoveCommentMutation, RemoveCommentMutationVariables>;
export const DismissReportDocument = new TypedDocumentString(`
    mutation DismissReport($id: ID!) {
  dismissReport(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DismissReportMutation, DismissReportMutationVariables>;
export const SourceHealthDocument = new TypedDocumentString(`
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
    fragment SourceHealthFields on SourceHealth {
  status
  lastError
  lastFetchedAt
  lastSuccessAt
  failingSince
  nextFetchAt
  lastFetchResult
  lastFetchNewEntries
}`) as unknown as TypedDocumentString<SourceHealthQuery, SourceHealthQueryVariables>;
export const AdminRefreshSourceDocument = new TypedDocumentString(`
    mutation AdminRefreshSource($sourceId: ID!) {
  refreshSource(sourceId: $sourceId) {
    id
    health {
      ...SourceHealthFields
    }
  }
}
    fragment SourceHealthFields on SourceHealth {
  status
  lastError
  lastFetchedAt
  lastSuccessAt
  failingSince
  nextFetchAt
  lastFetchResult
  lastFetchNewEntries
}`) as unknown as TypedDocumentString<AdminRefreshSourceMutation, AdminRefreshSourceMutationVariables>;
export const AppPasswordsDocument = new TypedDocumentString(`
    query AppPasswords {
  appPasswords {
    id
    name
    createdAt
    expiresAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<AppPasswordsQuery, AppPasswordsQueryVariables>;
export const CreateAppPasswordDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CreateAppPasswordMutation, CreateAppPasswordMutationVariables>;
export const RevokeAppPasswordDocument = new TypedDocumentString(`
    mutation RevokeAppPassword($id: ID!) {
  revokeAppPassword(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeAppPasswordMutation, RevokeAppPasswordMutationVariables>;
export const ClaimSourceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ClaimSourceQuery, ClaimSourceQueryVariables>;
export const StartClaimDocument = new TypedDocumentString(`
    mutation StartClaim($sourceId: ID!) {
  startClaim(sourceId: $sourceId) {
    ...ClaimFields
  }
}
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
}`) as unknown as TypedDocumentString<StartClaimMutation, StartClaimMutationVariables>;
export const CheckClaimDocument = new TypedDocumentString(`
    mutation CheckClaim($claimId: ID!) {
  checkClaim(claimId: $claimId) {
    ...ClaimFields
  }
}
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
}`) as unknown as TypedDocumentString<CheckClaimMutation, CheckClaimMutationVariables>;
export const MyClaimsDocument = new TypedDocumentString(`
    query MyClaims {
  myClaims {
    ...ClaimFields
  }
}
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
}`) as unknown as TypedDocumentString<MyClaimsQuery, MyClaimsQueryVariables>;
export const CreatorDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CreatorQuery, CreatorQueryVariables>;
export const CreatorFeedDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<CreatorFeedQuery, CreatorFeedQueryVariables>;
export const MoreCommentsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MoreCommentsQuery, MoreCommentsQueryVariables>;
export const RepliesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<RepliesQuery, RepliesQueryVariables>;
export const AddCommentDocument = new TypedDocumentString(`
    mutation AddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    ...CommentFields
  }
}
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
}`) as unknown as TypedDocumentString<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = new TypedDocumentString(`
    mutation EditComment($id: ID!, $body: String!) {
  editComment(id: $id, body: $body) {
    ...CommentFields
  }
}
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
}`) as unknown as TypedDocumentString<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = new TypedDocumentString(`
    mutation DeleteComment($id: ID!) {
  deleteComment(id: $id) {
    ...CommentFields
  }
}
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
}`) as unknown as TypedDocumentString<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const ReportCommentDocument = new TypedDocumentString(`
    mutation ReportComment($id: ID!, $reason: String!) {
  reportComment(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportCommentMutation, ReportCommentMutationVariables>;
export const DiscoverDocument = new TypedDocumentString(`
    query Discover($window: TrendingWindow!) {
  discover(first: 12) {
    sources {
      reason
      reasonKind
      followedByCount
      sampleFollowers {
        id
        handle
        displayName
        avatarUrl
      }
      source {
        id
        kind
        title
        description
        imageUrl
        url
        siteUrl
        isVerified
        subscribersCount
      }
    }
    people {
      reason
      reasonKind
      followedByCount
      user {
        id
        handle
        displayName
        avatarUrl
        bio
        isVerifiedCreator
      }
    }
    creators {
      reason
      reasonKind
      user {
        id
        handle
        displayName
        avatarUrl
        bio
        isVerifiedCreator
      }
      sourcesYouRead {
        id
        kind
        title
      }
    }
  }
  trending(first: 10, window: $window) {
    entries {
      score
      peopleCount
      sharesCount
      commentsCount
      entry {
        id
        title
        summary
        publishedAt
        isVerified
        source {
          id
          kind
          title
          imageUrl
          isVerified
        }
      }
    }
    sources {
      score
      peopleCount
      newSubscribersCount
      source {
        id
        kind
        title
        imageUrl
        url
        isVerified
        subscribersCount
        viewerIsSubscribed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscoverQuery, DiscoverQueryVariables>;
export const DiscoverSubscribeDocument = new TypedDocumentString(`
    mutation DiscoverSubscribe($input: SubscribeInput!) {
  subscribe(input: $input) {
    id
    source {
      id
      viewerIsSubscribed
      subscribersCount
    }
  }
}
    `) as unknown as TypedDocumentString<DiscoverSubscribeMutation, DiscoverSubscribeMutationVariables>;
export const DiscoverUnsubscribeDocument = new TypedDocumentString(`
    mutation DiscoverUnsubscribe($sourceId: ID!) {
  unsubscribe(sourceId: $sourceId)
}
    `) as unknown as TypedDocumentString<DiscoverUnsubscribeMutation, DiscoverUnsubscribeMutationVariables>;
export const DismissSuggestionDocument = new TypedDocumentString(`
    mutation DismissSuggestion($sourceId: ID, $userId: ID) {
  dismissSuggestion(sourceId: $sourceId, userId: $userId)
}
    `) as unknown as TypedDocumentString<DismissSuggestionMutation, DismissSuggestionMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $after: String, $filter: SearchFilter) {
  search(query: $query, first: 20, after: $after, filter: $filter) {
    edges {
      cursor
      score
      highlight {
        title
        snippet
      }
      node {
        id
        title
        url
        publishedAt
        author
        isVerified
        source {
          id
          kind
          title
          imageUrl
          isVerified
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchSourcesDocument = new TypedDocumentString(`
    query SearchSources {
  subscriptions {
    id
    title
    source {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SearchSourcesQuery, SearchSourcesQueryVariables>;
export const SearchSourceTitleDocument = new TypedDocumentString(`
    query SearchSourceTitle($id: ID!) {
  source(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<SearchSourceTitleQuery, SearchSourceTitleQueryVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($ids: [ID!]!) {
  markRead(entryIds: $ids) {
    id
    viewerHasRead
  }
}
    `) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const MarkUnreadDocument = new TypedDocumentString(`
    mutation MarkUnread($ids: [ID!]!) {
  markUnread(entryIds: $ids) {
    id
    viewerHasRead
  }
}
    `) as unknown as TypedDocumentString<MarkUnreadMutation, MarkUnreadMutationVariables>;
export const StarDocument = new TypedDocumentString(`
    mutation Star($id: ID!) {
  star(entryId: $id) {
    id
    viewerHasStarred
  }
}
    `) as unknown as TypedDocumentString<StarMutation, StarMutationVariables>;
export const UnstarDocument = new TypedDocumentString(`
    mutation Unstar($id: ID!) {
  unstar(entryId: $id) {
    id
    viewerHasStarred
  }
}
    `) as unknown as TypedDocumentString<UnstarMutation, UnstarMutationVariables>;
export const ShareEntryDocument = new TypedDocumentString(`
    mutation ShareEntry($input: ShareInput!) {
  share(input: $input) {
    id
    note
  }
}
    `) as unknown as TypedDocumentString<ShareEntryMutation, ShareEntryMutationVariables>;
export const UnshareEntryDocument = new TypedDocumentString(`
    mutation UnshareEntry($id: ID!) {
  unshare(entryId: $id)
}
    `) as unknown as TypedDocumentString<UnshareEntryMutation, UnshareEntryMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
  markNotificationsRead(ids: $ids, all: $all)
}
    `) as unknown as TypedDocumentString<
  MarkNotificationsReadMutation,
  MarkNotificationsReadMutationVariables
>;
export const ProfileDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ProfileQuery, ProfileQueryVariables>;
export const FollowersDocument = new TypedDocumentString(`
    query Followers($handle: String!, $after: String) {
  followers(handle: $handle, first: 30, after: $after) {
    ...PeoplePageFields
  }
}
    fragment PersonFields on User {
  id
  handle
  displayName
  avatarUrl
  bio
  viewerIsFollowing
}
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
}`) as unknown as TypedDocumentString<FollowersQuery, FollowersQueryVariables>;
export const FollowingDocument = new TypedDocumentString(`
    query Following($handle: String!, $after: String) {
  following(handle: $handle, first: 30, after: $after) {
    ...PeoplePageFields
  }
}
    fragment PersonFields on User {
  id
  handle
  displayName
  avatarUrl
  bio
  viewerIsFollowing
}
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
}`) as unknown as TypedDocumentString<FollowingQuery, FollowingQueryVariables>;
export const CreatorEntriesDocument = new TypedDocumentString(`
    query CreatorEntries($handle: String!) {
  creatorEntries(handle: $handle, first: 10) {
    edges {
      node {
        ...EntryCardFields
      }
    }
  }
}
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
}`) as unknown as TypedDocumentString<CreatorEntriesQuery, CreatorEntriesQueryVariables>;
export const FollowDocument = new TypedDocumentString(`
    mutation Follow($handle: String!) {
  follow(handle: $handle) {
    id
    viewerIsFollowing
    followersCount
  }
}
    `) as unknown as TypedDocumentString<FollowMutation, FollowMutationVariables>;
export const UnfollowDocument = new TypedDocumentString(`
    mutation Unfollow($handle: String!) {
  unfollow(handle: $handle) {
    id
    viewerIsFollowing
    followersCount
  }
}
    `) as unknown as TypedDocumentString<UnfollowMutation, UnfollowMutationVariables>;
export const BlockUserDocument = new TypedDocumentString(`
    mutation BlockUser($handle: String!) {
  block(handle: $handle) {
    id
    viewerHasBlocked
  }
}
    `) as unknown as TypedDocumentString<BlockUserMutation, BlockUserMutationVariables>;
export const UnblockUserDocument = new TypedDocumentString(`
    mutation UnblockUser($handle: String!) {
  unblock(handle: $handle) {
    id
    viewerHasBlocked
  }
}
    `) as unknown as TypedDocumentString<UnblockUserMutation, UnblockUserMutationVariables>;
export const EntryDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<EntryQuery, EntryQueryVariables>;
export const SettingsProfileDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SettingsProfileQuery, SettingsProfileQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    id
    displayName
    bio
    avatarUrl
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SessionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SessionsQuery, SessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const LogOutOtherSessionsDocument = new TypedDocumentString(`
    mutation LogOutOtherSessions {
  logOutOtherSessions
}
    `) as unknown as TypedDocumentString<LogOutOtherSessionsMutation, LogOutOtherSessionsMutationVariables>;
export const ImportOpmlDocument = new TypedDocumentString(`
    mutation ImportOpml($opml: String!, $fileName: String) {
  importOpml(opml: $opml, fileName: $fileName) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportOpmlMutation, ImportOpmlMutationVariables>;
export const OpmlImportDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<OpmlImportQuery, OpmlImportQueryVariables>;
export const ExportOpmlDocument = new TypedDocumentString(`
    query ExportOpml {
  exportOpml
}
    `) as unknown as TypedDocumentString<ExportOpmlQuery, ExportOpmlQueryVariables>;
export const MyDataExportsDocument = new TypedDocumentString(`
    query MyDataExports {
  myDataExports {
    ...DataExportFields
  }
}
    fragment DataExportFields on DataExport {
  id
  status
  createdAt
  finishedAt
  expiresAt
  sizeBytes
  downloadUrl
  error
}`) as unknown as TypedDocumentString<MyDataExportsQuery, MyDataExportsQueryVariables>;
export const DataExportDocument = new TypedDocumentString(`
    query DataExport($id: ID!) {
  dataExport(id: $id) {
    ...DataExportFields
  }
}
    fragment DataExportFields on DataExport {
  id
  status
  createdAt
  finishedAt
  expiresAt
  sizeBytes
  downloadUrl
  error
}`) as unknown as TypedDocumentString<DataExportQuery, DataExportQueryVariables>;
export const RequestDataExportDocument = new TypedDocumentString(`
    mutation RequestDataExport {
  requestDataExport {
    ...DataExportFields
  }
}
    fragment DataExportFields on DataExport {
  id
  status
  createdAt
  finishedAt
  expiresAt
  sizeBytes
  downloadUrl
  error
}`) as unknown as TypedDocumentString<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($password: String!) {
  deleteAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    ...ViewerFields
  }
  unreadNotificationsCount
}
    fragment ViewerFields on User {
  id
  handle
  displayName
  avatarUrl
  role
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ShellDocument = new TypedDocumentString(`
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
    fragment ViewerFields on User {
  id
  handle
  displayName
  avatarUrl
  role
}`) as unknown as TypedDocumentString<ShellQuery, ShellQueryVariables>;
export const UnreadCountsDocument = new TypedDocumentString(`
    query UnreadCounts {
  subscriptions {
    id
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<UnreadCountsQuery, UnreadCountsQueryVariables>;
export const NotificationAddedDocument = new TypedDocumentString(`
    subscription NotificationAdded {
  notificationAdded {
    id
    type
  }
}
    `) as unknown as TypedDocumentString<
  NotificationAddedSubscription,
  NotificationAddedSubscriptionVariables
>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const RefreshSourceDocument = new TypedDocumentString(`
    mutation RefreshSource($sourceId: ID!) {
  refreshSource(sourceId: $sourceId) {
    id
    health {
      ...SourceHealthFields
    }
  }
}
    fragment SourceHealthFields on SourceHealth {
  status
  lastError
  lastFetchedAt
  lastSuccessAt
  failingSince
  nextFetchAt
  lastFetchResult
  lastFetchNewEntries
}`) as unknown as TypedDocumentString<RefreshSourceMutation, RefreshSourceMutationVariables>;
export const SourceFetchStatusDocument = new TypedDocumentString(`
    query SourceFetchStatus($id: ID!) {
  source(id: $id) {
    id
    health {
      ...SourceHealthFields
    }
    schedule {
      ...SourceScheduleFields
    }
  }
}
    fragment SourceHealthFields on SourceHealth {
  status
  lastError
  lastFetchedAt
  lastSuccessAt
  failingSince
  nextFetchAt
  lastFetchResult
  lastFetchNewEntries
}
fragment SourceScheduleFields on SourceSchedule {
  isPolled
  nextFetchAt
  reason
  explanation
}`) as unknown as TypedDocumentString<SourceFetchStatusQuery, SourceFetchStatusQueryVariables>;
export const SourcePageDocument = new TypedDocumentString(`
    query SourcePage($id: ID!, $after: String) {
  source(id: $id) {
    id
    kind
    title
    description
    url
    siteUrl
    imageUrl
    subscribersCount
    lastEntryAt
    isVerified
    viewerIsSubscribed
    claimedBy {
      id
      handle
      displayName
      isVerifiedCreator
    }
    health {
      ...SourceHealthFields
    }
    schedule {
      ...SourceScheduleFields
    }
    entries(first: 20, after: $after) {
      edges {
        node {
          id
          title
          summary
          publishedAt
          sortAt
          isVerified
          media {
            url
            type
          }
          source {
            id
            title
            imageUrl
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment SourceHealthFields on SourceHealth {
  status
  lastError
  lastFetchedAt
  lastSuccessAt
  failingSince
  nextFetchAt
  lastFetchResult
  lastFetchNewEntries
}
fragment SourceScheduleFields on SourceSchedule {
  isPolled
  nextFetchAt
  reason
  explanation
}`) as unknown as TypedDocumentString<SourcePageQuery, SourcePageQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($first: Int!, $after: String, $filter: TimelineFilter) {
  timeline(first: $first, after: $after, filter: $filter) {
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
}`) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const StarredDocument = new TypedDocumentString(`
    query Starred($first: Int!, $after: String) {
  starred(first: $first, after: $after) {
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
}`) as unknown as TypedDocumentString<StarredQuery, StarredQueryVariables>;
export const TimelineUpdatesDocument = new TypedDocumentString(`
    subscription TimelineUpdates {
  timelineUpdates {
    entries {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TimelineUpdatesSubscription, TimelineUpdatesSubscriptionVariables>;
export const MarkAllReadDocument = new TypedDocumentString(`
    mutation MarkAllRead($filter: TimelineFilter, $before: DateTime) {
  markAllRead(filter: $filter, before: $before)
}
    `) as unknown as TypedDocumentString<MarkAllReadMutation, MarkAllReadMutationVariables>;
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
