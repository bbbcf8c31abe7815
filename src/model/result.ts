/**
 * Lives in the model, the bottom layer, because every layer above (codec, engine, app, server)
 * reports expected failures with it and the model itself does (overrides).
 *
 * The outcome of an operation that can fail for reasons a person should read (a damaged save,
 * an unknown format). Used instead of exceptions where failure is an expected, everyday case.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a successful value. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a failure; `message` is shown to the player as is, so write it as one readable line. */
export function err<T = never>(message: string): Result<T> {
  return { ok: false, error: message };
}
