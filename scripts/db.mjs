#!/usr/bin/env node
// Database tasks through Prisma's WebAssembly schema engine (docs/adr/0001):
//   npm run db:migrate                  apply pending migrations to DATABASE_URL (creates the db)
//   npm run db:create-migration <name>  write prisma/migrations/<ts>_<name> from schema.prisma
//                                       (--draft: an empty one to fill in by hand)
//   npm run db:check                    exit 1 when schema.prisma and prisma/migrations disagree
//                                       (--pending: also when DATABASE_URL lacks a migration)
// Runs packages/db/src/migrate.ts straight from source with Node 24's type stripping, so it works
// in a fresh clone before anything is built or generated (npm run puts Node 24 first on PATH).

// The schema engine is a WebAssembly module imported as an ES module; Node 24 flags that as an
// experimental feature on every run. Silence that one warning, keep all others.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = (warning, ...rest) => {
  const text = typeof warning === 'string' ? warning : warning?.message;
  if (typeof text === 'string' && text.includes('WebAssembly')) return;
  emitWarning(warning, ...rest);
};

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `scripts/db.mjs needs Node >= 22 (this is ${process.version}); run it through npm run, which puts the repository's Node 24 first on PATH.`,
  );
  process.exit(1);
}

const { applyMigrations, checkDrift, createMigration, migrationStatus, redactUrl, DEFAULT_DATABASE_URL } =
  await import('../packages/db/src/migrate.ts');

const [command, ...rest] = process.argv.slice(2);
const flags = new Set(rest.filter((arg) => arg.startsWith('--')));
const args = rest.filter((arg) => !arg.startsWith('--'));
const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;

async function migrate() {
  const { applied, createdDatabase } = await applyMigrations(databaseUrl);
  if (createdDatabase) console.log(`Created database ${redactUrl(databaseUrl)}`);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${redactUrl(databaseUrl)}:\n${applied.map((n) => `  ${n}`).join('\n')}`
      : `Database ${redactUrl(databaseUrl)} is up to date.`,
  );
  return 0;
}

async function create() {
  const name = args[0];
  if (!name) {
    console.error('Usage: npm run db:create-migration -- <name> [--draft]');
    return 2;
  }
  const created = await createMigration(name, { draft: flags.has('--draft') });
  if (!created) {
    console.log('schema.prisma and prisma/migrations agree: no migration needed.');
    return 0;
  }
  console.log(`Wrote ${created.path}\n\n${created.script}`);
  return 0;
}

async function check() {
  let failed = false;
  const drift = await checkDrift({ databaseUrl });
  if (drift) {
    failed = true;
    console.error(
      'schema.prisma and prisma/migrations disagree. Create a migration with\n' +
        '  npm run db:create-migration -- <name>\nThe missing SQL:\n\n' +
        drift,
    );
  } else {
    console.log('schema.prisma and prisma/migrations agree.');
  }
  if (flags.has('--pending')) {
    const status = await migrationStatus(databaseUrl);
    const problems = [
      ...status.pending.map((n) => `pending:  ${n}`),
      ...status.unknown.map((n) => `unknown (in the database, not in prisma/migrations): ${n}`),
      ...status.edited.map((n) => `edited after it was applied: ${n}`),
      ...status.failed.map((n) => `failed: ${n}`),
    ];
    if (problems.length) {
      failed = true;
      console.error(`${redactUrl(databaseUrl)} is not in step with prisma/migrations:\n  ${problems.join('\n  ')}`);
      if (status.pending.length) console.error('Run `npm run db:migrate`.');
    } else {
      console.log(`${redactUrl(databaseUrl)} has every migration applied.`);
    }
  }
  return failed ? 1 : 0;
}

const commands = { migrate, create, check };
const run = commands[command];
if (!run) {
  console.error('Usage: node scripts/db.mjs <migrate | create <name> [--draft] | check [--pending]>');
  process.exit(2);
}
try {
  // Exit explicitly: the engine leaves a lock-timeout timer running for ~10 s after it is done.
  process.exit(await run());
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const refused = /ECONNREFUSED|connect|ENOTFOUND|password authentication/i.test(message);
  console.error(`db ${command} failed: ${message}`);
  if (refused) {
    console.error(`Is PostgreSQL running at ${redactUrl(databaseUrl)}? Set DATABASE_URL to point elsewhere.`);
  }
  process.exit(1);
}
