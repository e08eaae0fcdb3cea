import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { assertId } from '../../graphql/cursor.util.js';
import { ImportItemConnection, OpmlImportObject } from './dto/opml-import.object.js';
import { OpmlService } from './opml.service.js';

@Resolver(() => OpmlImportObject)
export class OpmlResolver {
  constructor(private readonly opml: OpmlService) {}

  @Member()
  @Mutation(() => OpmlImportObject, {
    description:
      'Imports an OPML subscription list. The file is checked at once (BAD_USER_INPUT if it is not OPML, and nothing changes); each feed is then resolved and subscribed in the background — poll `opmlImport(id)`.',
  })
  importOpml(
    @CurrentViewer() viewer: Viewer,
    @Args('opml') opml: string,
    @Args('fileName', { type: () => String, nullable: true }) fileName: string | null,
  ): Promise<OpmlImportObject> {
    return this.opml.importOpml(viewer.id, opml, fileName);
  }

  @Member()
  @Query(() => OpmlImportObject, { description: 'One of the viewer’s OPML imports, with progress counts.' })
  opmlImport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<OpmlImportObject> {
    return this.opml.find(viewer.id, assertId(id, 'Import'));
  }

  @Member()
  @Query(() => String, { description: 'The viewer’s subscriptions as OPML 2.0, with folders, titles and site links.' })
  exportOpml(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.opml.exportOpml(viewer.id, viewer.handle);
  }

  @Member()
  @Mutation(() => String, {
    name: 'exportOpml',
    description: 'Same as the query `exportOpml` (the public contract lists it among the mutations).',
  })
  exportOpmlMutation(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.opml.exportOpml(viewer.id, viewer.handle);
  }

  @ResolveField(() => ImportItemConnection, { description: 'The lines of the import in file order.' })
  items(
    @Parent() parent: OpmlImportObject,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ImportItemConnection> {
    return this.opml.items(parent.id, first, after);
  }
}
