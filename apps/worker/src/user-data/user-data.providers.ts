import { ArchiveRepository } from './archive.repository.js';
import { ArchiveWriter } from './archive-writer.service.js';
import { OpmlImportService } from './opml-import.service.js';
import { UserDataRepository } from './user-data.repository.js';

export { UserDataProcessor } from './user-data.processor.js';

/** What the user-data processor needs besides the worker's shared services (IngestService, Prisma). */
export const USER_DATA_PROVIDERS = [UserDataRepository, ArchiveRepository, OpmlImportService, ArchiveWriter];
