// Prisma CLI configuration (Prisma 7 reads the datasource URL from here, not from schema.prisma).
// Here the CLI is used for `prisma generate` only (npm run db:generate); migrations run through
// the WebAssembly schema engine (npm run db:migrate, docs/adr/0001). Where Prisma's native engine
// is available, `npx prisma migrate deploy` works against the same prisma/migrations folder.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tributary',
  },
});
