import type { Metadata } from 'next';
import { getFragmentData } from '@/gql';
import { DataExportPanel } from '@/features/settings/data-export';
import { DataExportFields, MyDataExportsQuery } from '@/features/settings/settings.graphql';
import { queryServer } from '@/lib/graphql/server';

export const metadata: Metadata = { title: 'Settings · Your data' };

export default async function DataSettingsPage() {
  const { myDataExports } = await queryServer(MyDataExportsQuery);
  return <DataExportPanel initial={myDataExports.map((item) => getFragmentData(DataExportFields, item))} />;
}
