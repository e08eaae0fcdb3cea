import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Injectable, Logger } from '@nestjs/common';
import { ArchiveRepository } from './archive.repository.js';
import { UserDataRepository } from './user-data.repository.js';

const gzipAsync = promisify(gzip);

/** Version of the archive layout in docs/export-format.md; bump it on any incompatible change. */
export const EXPORT_FORMAT_VERSION = 1;
/** Finished archives can be downloaded for this long. */
const ARCHIVE_TTL_MS = 7 * 24 * 3600 * 1000;

export type ExportOutcome = { status: 'skipped'; reason: string } | { status: 'completed'; sizeBytes: number };

interface EntryRef {
  id: string;
  url: string | null;
  title: string;
  source: { id: string; title: string; fetchUrl: string };
}

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
const entryRef = (entry: EntryRef) => ({
  id: entry.id,
  url: entry.url,
  title: entry.title,
  source: { id: entry.source.id, title: entry.source.title, url: entry.source.fetchUrl },
});

/** Writes the JSON archive of everything one person made or chose (docs/export-format.md). */
@Injectable()
export class ArchiveWriter {
  private readonly logger = new Logger('DataExport');

  constructor(
    private readonly repository: UserDataRepository,
    private readonly data: ArchiveRepository,
  ) {}

  async run(exportId: string, options: { isLastAttempt: boolean }): Promise<ExportOutcome> {
    const row = await this.repository.startExport(exportId);
    if (!row) return { status: 'skipped', reason: 'export is finished or gone' };
    try {
      const archive = await this.build(row.userId);
      if (!archive) {
        await this.repository.finishExport(exportId, { error: 'The account no longer exists.' });
        return { status: 'skipped', reason: 'account gone' };
      }
      const json = Buffer.from(JSON.stringify(archive, null, 1));
      const compressed = await gzipAsync(json);
      await this.repository.finishExport(exportId, {
        archive: new Uint8Array(compressed),
        sizeBytes: json.byteLength,
        expiresAt: new Date(Date.now() + ARCHIVE_TTL_MS),
      });
      await this.repository.purgeExpiredExports(row.userId);
      return { status: 'completed', sizeBytes: json.byteLength };
    } catch (error) {
      this.logger.warn(`export ${exportId}: ${(error as Error).message}`);
      if (options.isLastAttempt) await this.repository.finishExport(exportId, { error: 'The export could not be produced. Please try again.' });
      throw error;
    }
  }

  async build(userId: string) {
    const profile = await this.data.profile(userId);
    if (!profile) return null;
    const [folders, subscriptions, following, blocks, comments, shares, states, claims, invites, sessions, reports] = await Promise.all([
      this.data.folders(userId),
      this.data.subscriptions(userId),
      this.data.following(userId),
      this.data.blocks(userId),
      this.data.comments(userId),
      this.data.shares(userId),
      this.data.entryStates(userId),
      this.data.claims(userId),
      this.data.invites(userId),
      this.data.sessions(userId),
      this.data.reports(userId),
    ]);
    return {
      format: 'tributary-export',
      version: EXPORT_FORMAT_VERSION,
      exportedAt: new Date().toISOString(),
      profile: {
        id: profile.id,
        handle: profile.handle,
        email: profile.email,
        displayName: profile.displayName,
        bio: profile.bio,
        avatarUrl: profile.avatarUrl,
        role: profile.role,
        createdAt: iso(profile.createdAt),
        invitedBy: profile.invitedBy?.handle ?? null,
        isCreator: profile.creatorProfile !== null,
      },
      folders: folders.map((folder) => ({ name: folder.name, position: folder.position, createdAt: iso(folder.createdAt) })),
      subscriptions: subscriptions.map((subscription) => ({
        source: {
          id: subscription.source.id,
          kind: subscription.source.kind,
          url: subscription.source.fetchUrl,
          siteUrl: subscription.source.siteUrl,
          title: subscription.source.title,
        },
        folder: subscription.folder?.name ?? null,
        customTitle: subscription.customTitle,
        createdAt: iso(subscription.createdAt),
      })),
      follows: following.map((follow) => ({ handle: follow.followee.handle, createdAt: iso(follow.createdAt) })),
      blocks: blocks.map((block) => ({ handle: block.blocked.handle, createdAt: iso(block.createdAt) })),
      comments: comments.map((comment) => ({
        id: comment.id,
        entry: entryRef(comment.entry),
        parentId: comment.parentId,
        body: comment.body,
        createdAt: iso(comment.createdAt),
        editedAt: iso(comment.editedAt),
        deletedAt: iso(comment.deletedAt),
        removedAt: iso(comment.removedAt),
      })),
      shares: shares.map((share) => ({ entry: entryRef(share.entry), note: share.note, createdAt: iso(share.createdAt) })),
      stars: states
        .filter((state) => state.starredAt)
        .map((state) => ({ entry: entryRef(state.entry), starredAt: iso(state.starredAt) })),
      readState: states
        .filter((state) => state.readAt)
        .map((state) => ({ entryId: state.entryId, url: state.entry.url, readAt: iso(state.readAt) })),
      claims: claims.map((claim) => ({
        source: { id: claim.source.id, kind: claim.source.kind, title: claim.source.title, url: claim.source.fetchUrl },
        status: claim.status,
        method: claim.method,
        createdAt: iso(claim.createdAt),
        verifiedAt: iso(claim.verifiedAt),
        expiresAt: iso(claim.expiresAt),
        revokedAt: iso(claim.revokedAt),
        failureReason: claim.failureReason,
      })),
      invites: invites.map((invite) => ({
        code: invite.code,
        note: invite.note,
        createdAt: iso(invite.createdAt),
        expiresAt: iso(invite.expiresAt),
        revokedAt: iso(invite.revokedAt),
        maxUses: invite.maxUses,
        usesCount: invite.usesCount,
        usedBy: invite.redemptions.map((redemption) => ({ handle: redemption.user.handle, redeemedAt: iso(redemption.redeemedAt) })),
      })),
      reports: reports.map((report) => ({ ...report, createdAt: iso(report.createdAt), resolvedAt: iso(report.resolvedAt) })),
      sessions: sessions.map((session) => ({ ...session, createdAt: iso(session.createdAt), lastSeenAt: iso(session.lastSeenAt), expiresAt: iso(session.expiresAt) })),
    };
  }
}
