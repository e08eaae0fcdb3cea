import { Injectable } from '@nestjs/common';
import { type Followee, type StreamScope, SyncRepository, type VisibleSource } from './sync.repository.js';
import { CREATORS_LABEL, type StreamRef } from './sync-streams.util.js';

/** What one sync request knows about the person's reading: loaded once per request. */
export interface ReadingWorld {
  sources: VisibleSource[];
  followees: Followee[];
  folders: { id: string; name: string; seq: bigint }[];
}

/**
 * Turns streams (Google Reader) and groups (Fever) into what the repository reads. The reading list is
 * the timeline's set of sources: subscriptions and the verified sources of followed creators.
 */
@Injectable()
export class SyncScopeService {
  constructor(private readonly repository: SyncRepository) {}

  async world(userId: string): Promise<ReadingWorld> {
    const [sources, followees, folders] = await Promise.all([
      this.repository.visibleSources(userId),
      this.repository.followees(userId),
      this.repository.folders(userId),
    ]);
    return { sources, followees, folders };
  }

  /** The scope and the state filter a stream implies; null for a stream this person does not have. */
  scopeOf(world: ReadingWorld, stream: StreamRef): { scope: StreamScope; read?: 'read' | 'unread' } | null {
    const sourcesWhere = (keep: (source: VisibleSource) => boolean): StreamScope => ({
      kind: 'sources',
      sourceIds: world.sources.filter(keep).map((source) => source.sourceId),
    });
    switch (stream.kind) {
      case 'reading-list':
        return { scope: sourcesWhere(() => true) };
      case 'read':
        return { scope: sourcesWhere(() => true), read: 'read' };
      case 'kept-unread':
        return { scope: sourcesWhere(() => true), read: 'unread' };
      case 'starred':
        return { scope: { kind: 'starred' } };
      case 'broadcast-friends':
        return { scope: { kind: 'shares', followeeIds: world.followees.map((person) => person.id) } };
      case 'feed': {
        const source = this.sourceByUrl(world, stream.url);
        return source ? { scope: { kind: 'sources', sourceIds: [source.sourceId] } } : null;
      }
      case 'label': {
        if (stream.name === CREATORS_LABEL) return { scope: sourcesWhere((source) => source.creatorHandle !== null) };
        if (!world.folders.some((folder) => folder.name === stream.name)) return null;
        return { scope: sourcesWhere((source) => source.folderName === stream.name) };
      }
      case 'person': {
        const handle = stream.handle.toLowerCase();
        const person = world.followees.find((followee) => followee.handle.toLowerCase() === handle);
        return person ? { scope: { kind: 'shares', followeeIds: [person.id] } } : null;
      }
    }
  }

  sourceByUrl(world: ReadingWorld, url: string): VisibleSource | undefined {
    return world.sources.find((source) => source.fetchUrl === url);
  }
}
