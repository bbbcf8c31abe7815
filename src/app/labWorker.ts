/** The Web Worker of the browser's lab (labPool.ts): plays one seed range of a spec and answers with its partial result. */
import { runLabRange } from '../engine/lab';
import type { LabSpec } from '../engine/labSpec';

interface Ask {
  id: number;
  spec: LabSpec;
  from: number;
  to: number;
}

self.addEventListener('message', (e: MessageEvent<Ask>) => {
  const { id, spec, from, to } = e.data;
  try {
    self.postMessage({ id, partial: runLabRange(spec, from, to) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
