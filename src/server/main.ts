/**
 * `npm run classroom [-- --port P --host H --data DIR | --store postgres://… …]` (see USAGE in options.ts): one process
 * that serves the built game and hosts classroom sessions. Binds 127.0.0.1 unless told otherwise;
 * `--host 0.0.0.0` opens it to the classroom network.
 */
import { resolve } from 'node:path';
import { USAGE, ServerUsageError, parseServerArgs } from './options';
import { startClassroomServer } from './server';

let parsed: ReturnType<typeof parseServerArgs>;
try {
  parsed = parseServerArgs(process.argv.slice(2), (p) => resolve(p), process.env);
} catch (e) {
  if (!(e instanceof ServerUsageError)) throw e;
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}

startClassroomServer(parsed.options).then(
  (s) => {
    console.log(`Teacher console: ${s.url}/teacher.html`);
    if (s.publicUrl !== s.url) console.log(`Students join at: ${s.publicUrl}/join.html`);
  },
  (e: unknown) => {
    console.error(`The classroom server could not start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
