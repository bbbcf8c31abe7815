/**
 * The canary (tests/helpers/canary.ts) against three classroom processes behind nginx: sessions
 * made through nginx land on every process, teams and teachers connect through it, and no frame
 * to one seat holds another seat's sealed or secret move, or a secret letter it was not written
 * to, before its leak or the game's end. `npm run test:scale`; skipped with a message when a server
 * program is not installed.
 */
import { playCanaryGames, unlabelledFrames } from '../helpers/canary';
import { describe, expect, it } from 'vitest';
import { clusterForFile } from './fileCluster';
import { missing } from './harness';

const why = missing();
if (why) console.warn(why);

// Every team of the test comes from 127.0.0.1 through nginx: the per-address limits would refuse it.
const cluster = clusterForFile(['--join-limit', '--connect-limit', '--create-limit', '--lobby-limit'].flatMap((f) => [f, '100000']));

describe.skipIf(why !== null)('no secret reaches another seat through several processes (canary over 10 games)', () => {
  it('records every frame to every team and finds no foreign canary before its leak or the end', async () => {
    const c = cluster();
    const hosts = new Set<number>();
    const { checked, secrets, letters, delivered } = await playCanaryGames(c.front, 10, (code) => {
      const h = c.host(code);
      if (h) hosts.add(h.port);
    });
    console.log(
      `[scale] canary: ${checked} frame checks, ${secrets} secrets, ${letters} letters (${delivered} delivered), ${hosts.size} hosts`,
    );
    // The games were spread over the processes, not all on one.
    expect(hosts.size).toBeGreaterThan(1);
    expect(unlabelledFrames()).toBe(0);
    expect(secrets).toBeGreaterThan(40);
    expect(checked).toBeGreaterThan(2_000);
    expect(letters).toBeGreaterThan(200);
    expect(delivered).toBe(letters);
  }, 300_000);
});
