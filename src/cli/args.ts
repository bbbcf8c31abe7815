/** A small, strict command-line parser: unknown flags and missing values are errors, never guesses. */
import { CURRENT_VERSION, SUPPORTED_VERSIONS } from '../model/ruleset';
export interface FlagSpec {
  /** `boolean` flags take no value; `string` flags take the next argument; `list` flags may repeat. */
  kind: 'boolean' | 'string' | 'list';
}

export interface Parsed {
  flags: Record<string, string | boolean | string[]>;
  positional: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], spec: Record<string, FlagSpec>, maxPositional = 0): Parsed {
  const flags: Parsed['flags'] = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      if (positional.length >= maxPositional) throw new UsageError(`unexpected argument "${arg}"`);
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const s = spec[name];
    if (!s) throw new UsageError(`unknown flag --${name}`);
    if (s.kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (s.kind === 'list') flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else {
      if (flags[name] !== undefined) throw new UsageError(`--${name} given twice`);
      flags[name] = value;
    }
  }
  return { flags, positional };
}

export function intFlag(p: Parsed, name: string, fallback: number, min: number, max: number): number {
  const raw = p.flags[name];
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, not "${String(raw)}"`);
  }
  return v;
}

/** The `--rules N` flag: a scenario version this build plays (default: the version new games get). */
export function rulesFlag(p: Parsed): number {
  const raw = p.flags.rules;
  if (raw === undefined) return CURRENT_VERSION;
  const v = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !(SUPPORTED_VERSIONS as readonly number[]).includes(v)) {
    throw new UsageError(`--rules takes a scenario version this build plays (${SUPPORTED_VERSIONS.join(', ')}), not "${String(raw)}"`);
  }
  return v;
}

/** The usage line of `--rules`. */
export const RULES_USAGE = `  --rules N         the scenario version to play (${SUPPORTED_VERSIONS.join(', ')}; default ${CURRENT_VERSION})`;

/**
 * Runs a command's `main` on this process's arguments, with the conventions every command shares:
 * a reader that stops early (`| head`) is not an error, and an unexpected error is printed with the
 * command's name and exits 1.
 */
export function runCli(name: string, main: (argv: string[]) => number | Promise<number>): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (code) => (process.exitCode = code),
      (e: unknown) => {
        console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = 1;
      },
    );
}
