/**
 * A lab setup as a link (`lab.html#spec=…`): the spec's JSON compressed into the fragment. Links
 * come from strangers: the payload is bounded before decompression and the JSON is only parsed
 * here; the lab checks it with `parseLabSpec` like any other spec.
 */
import * as lzModule from 'lz-string';
import { err, ok, type Result } from '../model/result';

// lz-string is CommonJS: Node's ESM loader exposes it as `default`, bundlers as named exports.
const lz = (lzModule as { default?: typeof lzModule }).default ?? lzModule;

const MAX_PAYLOAD = 6000;

export function encodeLabLink(spec: unknown): string {
  return lz.compressToEncodedURIComponent(JSON.stringify(spec));
}

/** The spec's JSON from a link payload (the part after `#spec=`). Never throws. */
export function decodeLabLink(payload: string): Result<unknown> {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD) return err('the link is empty or too long');
  const text = lz.decompressFromEncodedURIComponent(payload);
  if (!text) return err('the link is damaged');
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err('the link is damaged');
  }
}

/** The payload of a `#spec=` fragment, or null. */
export function labLinkPayload(hash: string): string | null {
  const m = /^#?spec=(.*)$/s.exec(hash);
  return m ? (m[1] ?? '') : null;
}
