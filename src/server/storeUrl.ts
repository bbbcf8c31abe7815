/**
 * Where the durable log lives, as the command line names it: a postgres:// (or postgresql://)
 * address for the PostgreSQL store; no address keeps the SQLite store under --data. The address
 * is checked before anything starts, and shown in logs without its password.
 */

export class StoreUrlError extends Error {}

/** The address checked: postgres:// or postgresql://, a host, and a database name. Throws StoreUrlError. */
export function checkStoreUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StoreUrlError(`the store address must look like postgres://user:password@host:5432/database, not "${redactStoreUrl(raw)}"`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new StoreUrlError(
      `the store address must start with postgres:// (the SQLite store needs no address: use --data DIR), not "${url.protocol}//"`,
    );
  }
  if (!url.hostname) throw new StoreUrlError('the store address names no host: postgres://user:password@host:5432/database');
  if (url.pathname.replace(/^\//, '') === '')
    throw new StoreUrlError('the store address names no database: postgres://user:password@host:5432/database');
  return url;
}

/** The address for logs and messages: the password replaced by ***. Works on addresses that do not parse, too. */
export function redactStoreUrl(raw: string): string {
  return raw.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^/]*@/i, '$1***@');
}
