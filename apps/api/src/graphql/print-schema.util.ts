import { type INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** The committed form of the schema: sorted, so diffs show real changes only. */
export function printApiSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `# Generated from the code-first schema by \`npm run schema -w @tributary/api\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
