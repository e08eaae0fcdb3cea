-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('USER', 'ADMIN');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('RSS', 'SUBSTACK', 'TELEGRAM', 'X');

-- CreateEnum
CREATE TYPE "SourceStatus" AS ENUM ('PENDING', 'OK', 'FAILING', 'GONE');

-- CreateEnum
CREATE TYPE "EntryKind" AS ENUM ('ARTICLE', 'POST');

-- CreateEnum
CREATE TYPE "NotificationType" AS ENUM ('REPLY', 'MENTION', 'NEW_FOLLOWER', 'SHARE', 'CLAIM_VERIFIED', 'CLAIM_FAILED', 'CLAIM_EXPIRED', 'CLAIM_LOST', 'INVITE_REDEEMED', 'COMMENT_REMOVED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('PENDING', 'VERIFIED', 'FAILED', 'EXPIRED', 'REVOKED');

-- CreateEnum
CREATE TYPE "ClaimMethod" AS ENUM ('DESCRIPTION', 'POST', 'FEED_ELEMENT', 'REL_ME');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportItemStatus" AS ENUM ('PENDING', 'SUBSCRIBED', 'ALREADY_SUBSCRIBED', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "handle" TEXT NOT NULL,
    "handleLower" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "avatarUrl" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'USER',
    "suspendedAt" TIMESTAMPTZ(3),
    "invitedById" UUID,
    "inviteQuota" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "passwordChangedAt" TIMESTAMPTZ(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invite" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "createdById" UUID,
    "maxUses" INTEGER NOT NULL DEFAULT 1,
    "usesCount" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InviteRedemption" (
    "id" UUID NOT NULL,
    "inviteId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "redeemedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InviteRedemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "key" TEXT NOT NULL,
    "fetchUrl" TEXT NOT NULL,
    "siteUrl" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "imageUrl" TEXT,
    "language" TEXT,
    "externalId" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "cursor" TEXT,
    "nextFetchAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fetchIntervalSeconds" INTEGER NOT NULL DEFAULT 3600,
    "lastFetchedAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "lastHttpStatus" INTEGER,
    "status" "SourceStatus" NOT NULL DEFAULT 'PENDING',
    "failingSince" TIMESTAMPTZ(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastEntryAt" TIMESTAMPTZ(3),
    "postsPerDay" DOUBLE PRECISION,
    "subscribersCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entry" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "guid" TEXT NOT NULL,
    "guidHash" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "contentHtml" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL DEFAULT '',
    "author" TEXT,
    "language" TEXT,
    "kind" "EntryKind" NOT NULL DEFAULT 'ARTICLE',
    "media" JSONB NOT NULL DEFAULT '[]',
    "hasImage" BOOLEAN NOT NULL DEFAULT false,
    "hasVideo" BOOLEAN NOT NULL DEFAULT false,
    "hasAudio" BOOLEAN NOT NULL DEFAULT false,
    "isPreview" BOOLEAN NOT NULL DEFAULT false,
    "extra" JSONB,
    "contentHash" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "editedAt" TIMESTAMPTZ(3),
    "sortAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "commentsCount" INTEGER NOT NULL DEFAULT 0,
    "sharesCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Folder" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Folder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "folderId" UUID,
    "customTitle" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follow" (
    "followerId" UUID NOT NULL,
    "followeeId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("followerId","followeeId")
);

-- CreateTable
CREATE TABLE "Block" (
    "blockerId" UUID NOT NULL,
    "blockedId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Block_pkey" PRIMARY KEY ("blockerId","blockedId")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "authorId" UUID,
    "parentId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),
    "removedAt" TIMESTAMPTZ(3),
    "removedById" UUID,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Share" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Share_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryState" (
    "userId" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "starredAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EntryState_pkey" PRIMARY KEY ("userId","entryId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" "NotificationType" NOT NULL,
    "actorId" UUID,
    "entryId" UUID,
    "commentId" UUID,
    "sourceId" UUID,
    "claimId" UUID,
    "payload" JSONB,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "commentId" UUID NOT NULL,
    "reporterId" UUID,
    "reason" TEXT NOT NULL DEFAULT '',
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" UUID,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreatorProfile" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreatorProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "method" "ClaimMethod",
    "status" "ClaimStatus" NOT NULL DEFAULT 'PENDING',
    "failureReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedAt" TIMESTAMPTZ(3),
    "checksCount" INTEGER NOT NULL DEFAULT 0,
    "verifiedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpmlImport" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "fileName" TEXT,
    "totalCount" INTEGER NOT NULL DEFAULT 0,
    "processedCount" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OpmlImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportItem" (
    "id" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "xmlUrl" TEXT NOT NULL,
    "htmlUrl" TEXT,
    "title" TEXT,
    "folderName" TEXT,
    "status" "ImportItemStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "sourceId" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataExport" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "storageKey" TEXT,
    "sizeBytes" BIGINT,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),

    CONSTRAINT "DataExport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionDismissal" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "sourceId" UUID,
    "targetUserId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_handleLower_key" ON "User"("handleLower");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_invitedById_idx" ON "User"("invitedById");

-- CreateIndex
CREATE INDEX "User_createdAt_id_idx" ON "User"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_lastSeenAt_idx" ON "Session"("userId", "lastSeenAt" DESC);

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invite_code_key" ON "Invite"("code");

-- CreateIndex
CREATE INDEX "Invite_createdById_createdAt_idx" ON "Invite"("createdById", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "InviteRedemption_userId_key" ON "InviteRedemption"("userId");

-- CreateIndex
CREATE INDEX "InviteRedemption_inviteId_idx" ON "InviteRedemption"("inviteId");

-- CreateIndex
CREATE INDEX "Source_nextFetchAt_idx" ON "Source"("nextFetchAt");

-- CreateIndex
CREATE INDEX "Source_subscribersCount_idx" ON "Source"("subscribersCount" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Source_kind_key_key" ON "Source"("kind", "key");

-- CreateIndex
CREATE INDEX "Entry_sourceId_sortAt_id_idx" ON "Entry"("sourceId", "sortAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Entry_sortAt_id_idx" ON "Entry"("sortAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Entry_image_sourceId_sortAt_id_idx" ON "Entry"("sourceId", "sortAt" DESC, "id" DESC) WHERE ("hasImage");

-- CreateIndex
CREATE INDEX "Entry_video_sourceId_sortAt_id_idx" ON "Entry"("sourceId", "sortAt" DESC, "id" DESC) WHERE ("hasVideo");

-- CreateIndex
CREATE INDEX "Entry_audio_sourceId_sortAt_id_idx" ON "Entry"("sourceId", "sortAt" DESC, "id" DESC) WHERE ("hasAudio");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_sourceId_guidHash_key" ON "Entry"("sourceId", "guidHash");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_userId_name_key" ON "Folder"("userId", "name");

-- CreateIndex
CREATE INDEX "Subscription_sourceId_createdAt_idx" ON "Subscription"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "Subscription_folderId_idx" ON "Subscription"("folderId");

-- CreateIndex
CREATE INDEX "Subscription_createdAt_idx" ON "Subscription"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_userId_sourceId_key" ON "Subscription"("userId", "sourceId");

-- CreateIndex
CREATE INDEX "Follow_followeeId_createdAt_idx" ON "Follow"("followeeId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Follow_followerId_createdAt_idx" ON "Follow"("followerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Block_blockedId_idx" ON "Block"("blockedId");

-- CreateIndex
CREATE INDEX "Comment_entryId_createdAt_id_idx" ON "Comment"("entryId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Comment_parentId_createdAt_id_idx" ON "Comment"("parentId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Comment_authorId_createdAt_idx" ON "Comment"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "Share_userId_createdAt_id_idx" ON "Share"("userId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Share_entryId_createdAt_idx" ON "Share"("entryId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Share_createdAt_idx" ON "Share"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Share_userId_entryId_key" ON "Share"("userId", "entryId");

-- CreateIndex
CREATE INDEX "EntryState_starred_idx" ON "EntryState"("userId", "starredAt" DESC, "entryId") WHERE ("starredAt" IS NOT NULL);

-- CreateIndex
CREATE INDEX "EntryState_entryId_idx" ON "EntryState"("entryId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Notification_unread_idx" ON "Notification"("userId") WHERE ("readAt" IS NULL);

-- CreateIndex
CREATE INDEX "Notification_actorId_idx" ON "Notification"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Report_commentId_reporterId_key" ON "Report"("commentId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "CreatorProfile_userId_key" ON "CreatorProfile"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_code_key" ON "Claim"("code");

-- CreateIndex
CREATE INDEX "Claim_userId_status_idx" ON "Claim"("userId", "status");

-- CreateIndex
CREATE INDEX "Claim_sourceId_createdAt_idx" ON "Claim"("sourceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_verified_sourceId_key" ON "Claim"("sourceId") WHERE (status = 'VERIFIED');

-- CreateIndex
CREATE UNIQUE INDEX "Claim_pending_userId_sourceId_key" ON "Claim"("userId", "sourceId") WHERE (status = 'PENDING');

-- CreateIndex
CREATE INDEX "OpmlImport_userId_createdAt_idx" ON "OpmlImport"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImportItem_importId_status_idx" ON "ImportItem"("importId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ImportItem_importId_xmlUrl_key" ON "ImportItem"("importId", "xmlUrl");

-- CreateIndex
CREATE UNIQUE INDEX "ImportItem_importId_position_key" ON "ImportItem"("importId", "position");

-- CreateIndex
CREATE INDEX "DataExport_userId_createdAt_idx" ON "DataExport"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "SuggestionDismissal_sourceId_idx" ON "SuggestionDismissal"("sourceId");

-- CreateIndex
CREATE INDEX "SuggestionDismissal_targetUserId_idx" ON "SuggestionDismissal"("targetUserId");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionDismissal_userId_sourceId_key" ON "SuggestionDismissal"("userId", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionDismissal_userId_targetUserId_key" ON "SuggestionDismissal"("userId", "targetUserId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InviteRedemption" ADD CONSTRAINT "InviteRedemption_inviteId_fkey" FOREIGN KEY ("inviteId") REFERENCES "Invite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InviteRedemption" ADD CONSTRAINT "InviteRedemption_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Folder" ADD CONSTRAINT "Folder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_folderId_fkey" FOREIGN KEY ("folderId") REFERENCES "Folder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_followeeId_fkey" FOREIGN KEY ("followeeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_blockerId_fkey" FOREIGN KEY ("blockerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_blockedId_fkey" FOREIGN KEY ("blockedId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryState" ADD CONSTRAINT "EntryState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryState" ADD CONSTRAINT "EntryState_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreatorProfile" ADD CONSTRAINT "CreatorProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpmlImport" ADD CONSTRAINT "OpmlImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_importId_fkey" FOREIGN KEY ("importId") REFERENCES "OpmlImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportItem" ADD CONSTRAINT "ImportItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─────────────────────────────────────────────────────────────────────────────────────────────
-- Hand-written: CHECK constraints (Prisma's schema language cannot express them and its diff
-- ignores them; docs/data-model.md lists which race or invariant each one protects).
-- ─────────────────────────────────────────────────────────────────────────────────────────────

-- Handles: 1-30 of [A-Za-z0-9_]; handleLower mirrors lower(handle) so its unique index makes
-- handles case-insensitively unique.
ALTER TABLE "User" ADD CONSTRAINT "User_handle_format_check" CHECK ("handle" ~ '^[A-Za-z0-9_]{1,30}$');
ALTER TABLE "User" ADD CONSTRAINT "User_handleLower_check" CHECK ("handleLower" = lower("handle"));
-- Emails are stored normalized (lower case) so the unique index is case-insensitive.
ALTER TABLE "User" ADD CONSTRAINT "User_email_check" CHECK ("email" = lower("email") AND char_length("email") BETWEEN 3 AND 254 AND position('@' in "email") > 1);
ALTER TABLE "User" ADD CONSTRAINT "User_displayName_check" CHECK (char_length("displayName") <= 100);
ALTER TABLE "User" ADD CONSTRAINT "User_bio_check" CHECK (char_length("bio") <= 2000);
ALTER TABLE "User" ADD CONSTRAINT "User_inviteQuota_check" CHECK ("inviteQuota" IS NULL OR "inviteQuota" >= 0);
ALTER TABLE "User" ADD CONSTRAINT "User_not_self_invited_check" CHECK ("invitedById" IS NULL OR "invitedById" <> "id");

-- Invites: a code admits at most maxUses people, even under concurrent redemptions.
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_maxUses_check" CHECK ("maxUses" >= 1);
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_usesCount_check" CHECK ("usesCount" >= 0 AND "usesCount" <= "maxUses");
ALTER TABLE "Invite" ADD CONSTRAINT "Invite_code_check" CHECK (char_length("code") BETWEEN 6 AND 128);

ALTER TABLE "Session" ADD CONSTRAINT "Session_expiry_check" CHECK ("expiresAt" > "createdAt");

-- Sources: scheduling numbers stay sane.
ALTER TABLE "Source" ADD CONSTRAINT "Source_fetchIntervalSeconds_check" CHECK ("fetchIntervalSeconds" > 0);
ALTER TABLE "Source" ADD CONSTRAINT "Source_consecutiveFailures_check" CHECK ("consecutiveFailures" >= 0);
ALTER TABLE "Source" ADD CONSTRAINT "Source_subscribersCount_check" CHECK ("subscribersCount" >= 0);
ALTER TABLE "Source" ADD CONSTRAINT "Source_key_check" CHECK (char_length("key") BETWEEN 1 AND 2048);

-- Entries: the idempotency key is a hex SHA-256; counters never go negative.
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_guidHash_check" CHECK ("guidHash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_counts_check" CHECK ("commentsCount" >= 0 AND "sharesCount" >= 0);
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_media_check" CHECK (jsonb_typeof("media") = 'array');

ALTER TABLE "Folder" ADD CONSTRAINT "Folder_name_check" CHECK (char_length("name") BETWEEN 1 AND 200);
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_customTitle_check" CHECK ("customTitle" IS NULL OR char_length("customTitle") <= 300);

-- Social graph: nobody follows or blocks themselves.
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_not_self_check" CHECK ("followerId" <> "followeeId");
ALTER TABLE "Block" ADD CONSTRAINT "Block_not_self_check" CHECK ("blockerId" <> "blockedId");

ALTER TABLE "Comment" ADD CONSTRAINT "Comment_body_check" CHECK (char_length("body") <= 10000);
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_not_own_parent_check" CHECK ("parentId" IS NULL OR "parentId" <> "id");
ALTER TABLE "Share" ADD CONSTRAINT "Share_note_check" CHECK (char_length("note") <= 2000);
ALTER TABLE "Report" ADD CONSTRAINT "Report_reason_check" CHECK (char_length("reason") <= 2000);

-- Claims: a VERIFIED claim says when and how.
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_verified_check" CHECK ("status" <> 'VERIFIED' OR ("verifiedAt" IS NOT NULL AND "method" IS NOT NULL));
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_checksCount_check" CHECK ("checksCount" >= 0);

ALTER TABLE "OpmlImport" ADD CONSTRAINT "OpmlImport_counts_check" CHECK ("processedCount" >= 0 AND "processedCount" <= "totalCount");
ALTER TABLE "DataExport" ADD CONSTRAINT "DataExport_sizeBytes_check" CHECK ("sizeBytes" IS NULL OR "sizeBytes" >= 0);

-- A dismissal names exactly one thing: a source or a person.
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_target_check" CHECK (num_nonnulls("sourceId", "targetUserId") = 1);
