/**
 * Several processes on the command line: `--redis URL` (or QC_REDIS_URL) with a PostgreSQL store
 * and a fixed port; without them the server is the one-process server it always was. A wrong
 * address is a clear error before anything starts, and no password shows in it; the address a
 * room's listing gives students (Colyseus' publicAddress) is the public address and /qc-PORT.
 */
import { describe, expect, it } from 'vitest';
import { options, usageError as error } from './optionHelpers';
import { redactRedisUrl, redisOptions } from '../../src/server/redisUrl';
import { publicAddressOf } from '../../src/server/server';

describe('--redis and QC_REDIS_URL', () => {
  it('are absent by default: one process, as before', () => {
    expect(options([]).redisUrl).toBeUndefined();
    expect(options(['--store', 'postgres://a/one']).redisUrl).toBeUndefined();
  });

  it('take a redis:// address with a PostgreSQL store, the flag before the environment', () => {
    expect(options(['--redis', 'redis://127.0.0.1:6379', '--store', 'postgres://a/one']).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(options([], { QC_REDIS_URL: 'redis://r:6380', QC_STORE_URL: 'postgres://a/one' }).redisUrl).toBe('redis://r:6380');
    expect(options(['--redis', 'redis://x'], { QC_REDIS_URL: 'redis://y', QC_STORE_URL: 'postgres://a/one' }).redisUrl).toBe('redis://x');
  });

  it('refuse Redis without a shared store, with port 0, or a wrong address, without showing a password', () => {
    expect(error(['--redis', 'redis://r'])).toMatch(/--redis runs several processes on one shared log: give --store postgres/);
    expect(error(['--redis', 'redis://r', '--data', 'x'])).toMatch(/--store postgres/);
    expect(error(['--redis', 'redis://r', '--store', 'postgres://a/one', '--port', '0'])).toMatch(/fixed --port/);
    const wrong = error(['--redis', 'http://u:secret@r', '--store', 'postgres://a/one']);
    expect(wrong).toMatch(/must start with redis:\/\//);
    expect(error([], { QC_REDIS_URL: 'not a url :secret@', QC_STORE_URL: 'postgres://a/one' })).toMatch(/^QC_REDIS_URL: /);
    expect(redactRedisUrl('redis://user:secret@host:6379/2')).toBe('redis://user:***@host:6379/2');
  });

  it('turn the address into Redis settings', () => {
    expect(redisOptions('redis://user:p%40ss@cache:6380/3')).toMatchObject({
      host: 'cache',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 3,
    });
    expect(redisOptions('redis://127.0.0.1')).toMatchObject({ host: '127.0.0.1', port: 6379 });
  });

  it('give students each process at the public address and /qc-PORT, or its own address without one', () => {
    expect(publicAddressOf('https://classroom.example.org', 'http://127.0.0.1:8081', 8081)).toBe('classroom.example.org/qc-8081');
    expect(publicAddressOf('https://school.example/quiet/', 'http://127.0.0.1:8082', 8082)).toBe('school.example/quiet/qc-8082');
    expect(publicAddressOf(undefined, 'http://127.0.0.1:8083', 8083)).toBe('127.0.0.1:8083');
  });
});
