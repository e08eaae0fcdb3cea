import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Member } from '../../common/auth/access.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { type Viewer } from '../../common/auth/viewer.js';
import { assertId } from '../../graphql/cursor.util.js';
import { DataExportService } from './data-export.service.js';
import { DataExportObject, DataExportStatus } from './dto/data-export.object.js';

@Resolver(() => DataExportObject)
export class DataExportResolver {
  constructor(private readonly exports: DataExportService) {}

  @Member()
  @Mutation(() => String, {
    description:
      'Everything the viewer made or chose as one JSON archive (docs/export-format.md). Answers the JSON itself (it starts with "{") when it is ready within seconds and under 1 MB; otherwise the download path (`/exports/<id>/archive.json` on the API origin) of an export still being produced — see `dataExport(id)`.',
  })
  exportMyData(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.exports.exportMyData(viewer.id);
  }

  @Member()
  @Mutation(() => DataExportObject, { description: 'Starts a full export in the background; poll `dataExport(id)`.' })
  requestDataExport(@CurrentViewer() viewer: Viewer): Promise<DataExportObject> {
    return this.exports.request(viewer.id);
  }

  @Member()
  @Query(() => DataExportObject, { description: 'One of the viewer’s exports (NOT_FOUND for anyone else’s).' })
  dataExport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<DataExportObject> {
    return this.exports.find(viewer.id, assertId(id, 'Export'));
  }

  @Member()
  @Query(() => [DataExportObject], { description: 'The viewer’s recent exports, newest first.' })
  myDataExports(@CurrentViewer() viewer: Viewer): Promise<DataExportObject[]> {
    return this.exports.list(viewer.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The archive’s JSON once COMPLETED (owner only, like its parent).' })
  async content(@CurrentViewer() viewer: Viewer, @Parent() parent: DataExportObject): Promise<string | null> {
    if (parent.status !== DataExportStatus.COMPLETED) return null;
    return (await this.exports.content(viewer.id, parent.id)).toString('utf8');
  }
}
