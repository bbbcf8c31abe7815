/**
 * The Redis address of several classroom processes (--redis / QC_REDIS_URL, see cluster.ts):
 * checked before anything starts, turned into ioredis settings, and shown in logs without its password.
 */

/** ioredis settings from a redis:// address. */
export function redisOptions(raw: string): Record<string, unknown> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`the Redis address must look like redis://host:6379, not "${redactRedisUrl(raw)}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new Error(`the Redis address must start with redis://, not "${url.protocol}//"`);
  const db = url.pathname.replace(/^\//, '');
  return {
    host: url.hostname || '127.0.0.1',
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    // While Redis is away, commands wait for it (Colyseus sends some without waiting for the answer:
    // failing them would end the process); what the server waits on itself has its own time limit.
    maxRetriesPerRequest: null,
    connectTimeout: 5_000,
    retryStrategy: (times: number) => Math.min(200 * times, 2_000),
  };
}

/** The address for logs: the password replaced by ***. */
export const redactRedisUrl = (raw: string): string => raw.replace(/^(rediss?:\/\/[^:/@]*:)[^/]*@/i, '$1***@');
