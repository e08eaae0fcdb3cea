import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '@tributary/db';
import { z } from 'zod';
import { type Viewer } from '../../common/auth/viewer.js';
import { API_CONFIG, type ApiConfig } from '../../common/config.js';
import { freeText, parseInput } from '../../common/validation.js';
import { decodeCursor, type Page, pageSize, toPage } from '../../graphql/cursor.util.js';
import { type CreateInviteInput, type InviteObject, InviteStatus } from './dto/invite.object.js';
import { InvitesErrors } from './invites.errors.js';
import { InvitesRepository, type InviteWithUsers } from './invites.repository.js';

const createSchema = z.object({
  maxUses: z.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000').nullish(),
  expiresInDays: z.number().int().min(1, 'must be at least 1').max(365, 'must be at most 365').nullish(),
  note: freeText(200).nullish(),
});

/** 15 random bytes → 20 URL-safe characters (120 bits): unguessable, easy to paste. */
export function generateInviteCode(): string {
  return randomBytes(15).toString('base64url');
}

export function inviteStatus(
  invite: Pick<InviteWithUsers, 'revokedAt' | 'usesCount' | 'maxUses' | 'expiresAt'>,
  now = new Date(),
): InviteStatus {
  if (invite.revokedAt) return InviteStatus.REVOKED;
  if (invite.usesCount >= invite.maxUses) return InviteStatus.USED_UP;
  if (invite.expiresAt && invite.expiresAt <= now) return InviteStatus.EXPIRED;
  return InviteStatus.ACTIVE;
}

@Injectable()
export class InvitesService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly repository: InvitesRepository,
  ) {}

  async create(viewer: Viewer, raw: CreateInviteInput | null | undefined): Promise<InviteObject> {
    const input = parseInput(createSchema, raw ?? {});
    const maxUses = input.maxUses ?? 1;
    const isAdmin = viewer.role === 'ADMIN';
    if (maxUses > 1 && !isAdmin) throw InvitesErrors.multiUseAdminOnly();
    const owner = await this.repository.findUserQuota(viewer.id);
    const quota = isAdmin ? null : (owner?.inviteQuota ?? this.config.INVITE_QUOTA);
    const days = input.expiresInDays ?? this.config.INVITE_TTL_DAYS;
    const invite = await this.repository.createWithinQuota(
      {
        code: generateInviteCode(),
        createdById: viewer.id,
        maxUses,
        expiresAt: new Date(Date.now() + days * 86_400_000),
        note: input.note || null,
      },
      quota,
    );
    if (!invite) throw InvitesErrors.quotaReached(quota ?? 0);
    return this.present(invite);
  }

  async listMine(viewer: Viewer): Promise<InviteObject[]> {
    return (await this.repository.listByCreator(viewer.id)).map((invite) => this.present(invite));
  }

  /**
   * Every member's invites, newest first (administrators). A note is its creator's own ("only you see
   * it"): administrators see only the notes of their own invites.
   */
  async listAll(viewer: Viewer, first: number, after: string | null): Promise<Page<InviteObject>> {
    const size = pageSize(first);
    const rows = await this.repository.listPage(size + 1, decodeCursor(after));
    return toPage(
      rows,
      size,
      (row) => ({ at: row.createdAt, id: row.id }),
      (row) => ({ ...this.present(row), note: row.createdById === viewer.id ? row.note : null }),
    );
  }

  /** The creator revokes their own invite. */
  async revoke(viewer: Viewer, id: string): Promise<InviteObject> {
    const invite = isUuid(id) ? await this.repository.findById(id) : null;
    if (!invite) throw InvitesErrors.notFound();
    if (invite.createdById !== viewer.id) throw InvitesErrors.notYours();
    return this.present(await this.repository.revoke(id));
  }

  /** An administrator revokes any invite. */
  async adminRevoke(id: string): Promise<InviteObject> {
    const invite = isUuid(id) ? await this.repository.findById(id) : null;
    if (!invite) throw InvitesErrors.notFound();
    return this.present(await this.repository.revoke(id));
  }

  private present(invite: InviteWithUsers): InviteObject {
    return {
      id: invite.id,
      createdById: invite.createdById,
      code: invite.code,
      url: `${this.config.PUBLIC_WEB_URL}/signup?invite=${encodeURIComponent(invite.code)}`,
      maxUses: invite.maxUses,
      usesCount: invite.usesCount,
      note: invite.note,
      createdAt: invite.createdAt,
      expiresAt: invite.expiresAt,
      revokedAt: invite.revokedAt,
      status: inviteStatus(invite),
      usedBy: invite.redemptions.map((redemption) => redemption.user),
    };
  }
}
