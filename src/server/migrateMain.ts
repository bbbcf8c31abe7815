/**
 * `npm run classroom:migrate -- --from DIR --to postgres://…` (see MIGRATE_USAGE in migrate.ts):
 * moves a classroom from one laptop's SQLite folder to PostgreSQL, verified session by session.
 * Exits 0 when every session verified, 1 when one did not (or the copy failed), 2 on a usage error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MIGRATE_USAGE, MigrateUsageError, migrateStore, parseMigrateArgs } from './migrate';
import { openStore } from './store';
import { SQLITE_FILE, openSqliteStore } from './sqliteStore';
import { StoreUrlError, checkStoreUrl, redactStoreUrl } from './storeUrl';

async function main(): Promise<number> {
  let args: ReturnType<typeof parseMigrateArgs>;
  try {
    args = parseMigrateArgs(process.argv.slice(2), process.env);
    if (args !== 'help') checkStoreUrl(args.to);
  } catch (e) {
    if (!(e instanceof MigrateUsageError || e instanceof StoreUrlError)) throw e;
    console.error(`${e.message}\n${MIGRATE_USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(MIGRATE_USAGE);
    return 0;
  }
  const dir = resolve(args.from);
  // Opening a SQLite store creates an empty one: a folder without the file is a mistake, said so.
  if (!existsSync(join(dir, SQLITE_FILE))) {
    console.error(`${dir} holds no ${SQLITE_FILE}: is it the classroom server's --data folder?`);
    return 2;
  }
  // A commit into PostgreSQL that fails makes that session's durable() reject: the copy stops there.
  const lost = (e: unknown) => console.error(`[migrate] PostgreSQL could not commit: ${e instanceof Error ? e.message : String(e)}`);
  const from = openSqliteStore(dir, lost);
  const target = () => openStore({ dataDir: dir, storeUrl: args.to, onLost: lost });
  console.log(`copying ${from.sessions().length} session(s) from ${dir} to ${redactStoreUrl(args.to)}`);
  try {
    const report = await migrateStore(from, await target(), target);
    for (const s of report.sessions) {
      const hash = s.targetHash ? ` ${s.targetHash.slice(0, 16)}` : '';
      console.log(
        `${s.code}  ${String(s.entries).padStart(5)} entries${hash}  ${s.problem ? `FAILED: ${s.problem}` : s.copied ? 'copied, verified' : 'already there, verified'}`,
      );
    }
    const bad = report.sessions.filter((s) => s.problem).length;
    console.log(`${report.sessions.length - bad} of ${report.sessions.length} session(s) verified; ${report.cohorts} cohort(s) copied`);
    return bad === 0 ? 0 : 1;
  } finally {
    from.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`classroom:migrate failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
