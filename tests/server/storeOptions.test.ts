/**
 * Choosing the store on the command line: `--store postgres://…` or QC_STORE_URL picks PostgreSQL,
 * nothing keeps SQLite under --data; a wrong address is a clear error before anything starts, an
 * unreachable server is a clear error at start, and a password never shows in either.
 */
import { describe, expect, it } from 'vitest';
import { options, usageError as error } from './optionHelpers';
import { startClassroomServer } from '../../src/server/server';
import { redactStoreUrl } from '../../src/server/storeUrl';

describe('--store and QC_STORE_URL', () => {
  it('leave the SQLite store under --data when absent', () => {
    expect(options([]).storeUrl).toBeUndefined();
    expect(options(['--data', 'here']).dataDir).toBe('here');
    expect(options([], { QC_STORE_URL: '' }).storeUrl).toBeUndefined();
  });

  it('choose PostgreSQL, the flag before the environment', () => {
    expect(options(['--store', 'postgres://qc:pw@db.school:5432/classroom']).storeUrl).toBe('postgres://qc:pw@db.school:5432/classroom');
    expect(options([], { QC_STORE_URL: 'postgresql://qc@127.0.0.1/qc' }).storeUrl).toBe('postgresql://qc@127.0.0.1/qc');
    expect(options(['--store', 'postgres://a/one'], { QC_STORE_URL: 'postgres://b/two' }).storeUrl).toBe('postgres://a/one');
  });

  it('refuse a wrong address with a message that says what is wanted, and without its password', () => {
    expect(error(['--store', 'mysql://u:pw@h/db'])).toMatch(/--store: the store address must start with postgres:\/\/ .*--data DIR/);
    expect(error(['--store', 'classroom-data'])).toMatch(/must look like postgres:\/\/user:password@host:5432\/database/);
    expect(error(['--store', 'postgres://u:pw@host'])).toMatch(/names no database/);
    expect(error([], { QC_STORE_URL: 'http://x/y' })).toMatch(/^QC_STORE_URL: /);
    expect(error(['--store', 'postgres://h/db', '--data', 'd'])).toMatch(/give one of them/);
    expect(error(['--store', 'pg://user:hunter2@h/db'])).not.toMatch(/hunter2/);
    expect(error(['--store', 'postgres://u:hunter2@'])).not.toMatch(/hunter2/);
  });

  it('hide the password in what is shown', () => {
    expect(redactStoreUrl('postgres://qc:s3cr@t:x@db:5432/c')).toBe('postgres://qc:***@db:5432/c');
    expect(redactStoreUrl('postgres://qc@db/c')).toBe('postgres://qc@db/c');
  });
});

describe('a PostgreSQL server out of reach', () => {
  it('stops the start with a clear message, without the password, and a later start in the process still works', async () => {
    const start = startClassroomServer({
      port: 0,
      dataDir: '',
      storeUrl: 'postgres://qc:hunter2@127.0.0.1:1/classroom',
      botWorkers: 0,
      log: () => {},
    });
    await expect(start).rejects.toThrow(/could not reach PostgreSQL at postgres:\/\/qc:\*\*\*@127\.0\.0\.1:1\/classroom/);
    await start.catch((e: Error) => expect(e.message).not.toMatch(/hunter2/));
    await expect(startClassroomServer({ port: 0, dataDir: '', storeUrl: 'postgres://127.0.0.1:1/x', log: () => {} })).rejects.toThrow(
      /could not reach PostgreSQL/,
    );
  });
});
