/** The server's command line as the option tests read it: the options, or the message of a usage error. */
import { expect } from 'vitest';
import { ServerUsageError, parseServerArgs } from '../../src/server/options';

export const options = (argv: string[], env: Record<string, string> = {}) => {
  const r = parseServerArgs(argv, (p) => p, env);
  if (r.help) throw new Error('help');
  return r.options;
};

/** The message of the usage error `argv` (and `env`) must raise; a command line that is accepted fails the test. */
export const usageError = (argv: string[], env: Record<string, string> = {}): string => {
  try {
    options(argv, env);
  } catch (e) {
    expect(e).toBeInstanceOf(ServerUsageError);
    return (e as Error).message;
  }
  throw new Error('accepted');
};
