import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/errors.js';
import { nameText, parseInput } from '../../common/validation.js';
import { assertId } from '../../graphql/cursor.util.js';
import { loadersOf } from '../../graphql/dataloader.plugin.js';
import { SourcesService } from '../sources/sources.service.js';
import {
  type FolderObject,
  type SourceSubscriptionObject,
  type SubscribeInput,
  type UpdateSubscriptionInput,
} from './dto/subscription.object.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';

/** Unread counts stop here: past it the sidebar says "999+". */
export const UNREAD_COUNT_CAP = 1000;

const folderName = nameText(200);
const customTitle = nameText(300);

@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly sources: SourcesService,
  ) {}

  list(viewerId: string): Promise<SourceSubscriptionObject[]> {
    return this.subscriptions.list(viewerId);
  }

  /** The viewer's unread entries of a source, up to UNREAD_COUNT_CAP; batched per request (one query). */
  unreadCount(context: object, viewerId: string, sourceId: string): Promise<number> {
    return loadersOf(context)
      .get<string, number>(`unreadCounts:${viewerId}`, async (sourceIds) => {
        const counts = await this.subscriptions.unreadCounts(viewerId, sourceIds, UNREAD_COUNT_CAP);
        return sourceIds.map((id) => counts.get(id) ?? 0);
      })
      .load(sourceId);
  }

  folders(viewerId: string): Promise<FolderObject[]> {
    return this.subscriptions.folders(viewerId);
  }

  /**
   * Subscribes to a known source by id (no resolve), or to what a URL resolves to (one resolve: the
   * worker stores the source and its posts, so the timeline shows them at once). A source whose posts
   * are stale is fetched at once. Subscribing twice changes nothing but folder/title.
   */
  async subscribe(viewerId: string, input: SubscribeInput): Promise<SourceSubscriptionObject> {
    const parsed = parseInput(
      z.object({ folder: folderName.nullish(), title: customTitle.nullish() }),
      { folder: input.folder, title: input.title },
    );
    const source = await this.sourceFor(viewerId, input);
    const subscription = await this.subscriptions.subscribe(viewerId, source.id, {
      folderName: parsed.folder,
      customTitle: parsed.title,
    });
    await this.sources.fetchIfStale(source);
    return subscription;
  }

  private sourceFor(viewerId: string, input: SubscribeInput) {
    const given = [input.sourceId, input.url, input.source].filter((value) => value !== null && value !== undefined);
    if (given.length !== 1) {
      throw new AppError('BAD_USER_INPUT', 'input: give exactly one of sourceId, url or source', { field: 'input' });
    }
    if (input.sourceId != null) return this.sources.forSubscribe(input.sourceId);
    if (input.url != null) return this.sources.resolveToSource(input.url, input.kind, viewerId);
    return this.sources.findOrCreate(input.source!, input.kind, viewerId);
  }

  async unsubscribe(viewerId: string, sourceId: string): Promise<boolean> {
    const removed = await this.subscriptions.unsubscribe(viewerId, assertId(sourceId, 'Subscription'));
    if (!removed) throw new AppError('NOT_FOUND', 'You do not subscribe to that source.');
    return true;
  }

  async update(viewerId: string, input: UpdateSubscriptionInput): Promise<SourceSubscriptionObject> {
    const parsed = parseInput(
      z.object({ folder: folderName.nullish(), title: customTitle.nullish() }),
      input,
    );
    const updated = await this.subscriptions.update(viewerId, assertId(input.sourceId, 'Subscription'), {
      ...('folder' in input && { folderName: parsed.folder ?? null }),
      ...('title' in input && { customTitle: parsed.title ?? null }),
    });
    if (!updated) throw new AppError('NOT_FOUND', 'You do not subscribe to that source.');
    return updated;
  }

  createFolder(viewerId: string, name: string): Promise<FolderObject> {
    return this.subscriptions.createFolder(viewerId, this.folderName(name));
  }

  async renameFolder(viewerId: string, id: string, name: string): Promise<FolderObject> {
    const folder = await this.subscriptions.renameFolder(
      viewerId,
      assertId(id, 'Folder'),
      this.folderName(name),
    );
    if (!folder) throw new AppError('NOT_FOUND', 'Folder not found.');
    return folder;
  }

  async deleteFolder(viewerId: string, id: string): Promise<boolean> {
    if (!(await this.subscriptions.deleteFolder(viewerId, assertId(id, 'Folder')))) {
      throw new AppError('NOT_FOUND', 'Folder not found.');
    }
    return true;
  }

  private folderName(name: string): string {
    return parseInput(z.object({ name: folderName.min(1, 'is required') }), { name }).name;
  }
}
