import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DataExportStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(DataExportStatus, { name: 'DataExportStatus' });

@ObjectType('DataExport', { description: 'A JSON archive of everything the viewer made or chose (docs/export-format.md).' })
export class DataExportObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DataExportStatus)
  status!: DataExportStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'After this the archive is deleted.' })
  expiresAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Size of the JSON in bytes.' })
  sizeBytes!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Path of the download on the API origin (`/exports/<id>/archive.json`), answered only to the owner’s session; null until COMPLETED.',
  })
  downloadUrl!: string | null;

  @Field(() => String, { nullable: true })
  error!: string | null;
}
