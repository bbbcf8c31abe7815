/** Three classroom processes behind nginx for one test file: started before its tests (when the programs are installed), stopped after. */
import { afterAll, beforeAll } from 'vitest';
import { missing, startCluster, type Cluster } from './harness';

export function clusterForFile(extraArgs: string[] = []): () => Cluster {
  let c: Cluster | undefined;
  beforeAll(async () => {
    if (!missing()) c = await startCluster(3, extraArgs);
  }, 240_000);
  afterAll(async () => {
    await c?.stop();
  }, 60_000);
  return () => {
    if (!c) throw new Error('the cluster is not running');
    return c;
  };
}
