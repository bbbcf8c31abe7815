/**
 * Moving games between people: save files (export and import) and share links. Everything that
 * comes in is hostile until proven otherwise: the codec checks size, syntax, prototype keys,
 * version and fields; then the game is replayed and must reach every checkpoint it claims. A
 * refusal is one sentence naming the problem, and nothing else changes.
 */
import { MAX_LINK_LENGTH, decodeLink, encodeLink } from '../../codec/link';
import { err, ok, type Result } from '../../model/result';
import { MAX_SAVE_BYTES, MIGRATIONS, makeSave, parseSave, type Migration, type SaveFile } from '../../codec/save';
import { replaySave } from '../../engine/replay';
import { openLink, shareLink } from '../../engine/share';
import { buildTimeline, type Timeline } from './timeline';

export interface Incoming {
  save: SaveFile;
  timeline: Timeline;
}

/** Reads a save file's text and replays it. Never throws. */
export function importSaveText(text: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Result<Incoming> {
  if (typeof text !== 'string') return err('This is not a save file: expected text.');
  const parsed = parseSave(text, migrations);
  if (!parsed.ok) return parsed;
  return replayIncoming(parsed.value, 'This save');
}

function replayIncoming(save: SaveFile, what: string): Result<Incoming> {
  let timeline: Result<Timeline>;
  try {
    timeline = buildTimeline(save);
  } catch (e) {
    return err(`${what} could not be replayed: ${e instanceof Error ? e.message : String(e)}.`);
  }
  // The timeline verifies the save: its checkpoints and the result it records.
  if (!timeline.ok) return err(`${what} cannot be replayed: ${timeline.error}`);
  return ok({ save, timeline: timeline.value });
}

/** The part of a page address that carries a shared game, without the `#g=`; null if none. */
export function linkPayload(hash: string): string | null {
  const m = /^#?g=(.*)$/s.exec(hash);
  return m ? (m[1] ?? '') : null;
}

/** Opens a share link's payload. Never throws. */
export function openSharedGame(payload: string): Result<Incoming> {
  let opened: ReturnType<typeof openLink>;
  try {
    opened = openLink(payload);
  } catch {
    return err('This link is broken or incomplete: it does not contain a Quiet Channel game.');
  }
  if (!opened.ok) return opened;
  return replayIncoming(opened.value.save, 'This link');
}

/**
 * A link to the game: `base` (the page's address without its fragment) + `#g=` + the packed game.
 * Fails, asking for the file instead, when it would be longer than 2,000 characters.
 *
 * A link carries the moves but no reasons: the bots' reasons are recomputed when it is opened, a
 * person's are lost. Reasons are part of the state hash, so the link promises the hash of the game
 * as it will be rebuilt from the link (for a game of bots, the save's own final hash).
 */
export function shareUrl(save: SaveFile, base: string): Result<string> {
  const probe = encodeLink(save, '0'.repeat(64), base);
  if (!probe.ok) return probe;
  const decoded = decodeLink(probe.value);
  if (!decoded.ok) return err(`This game cannot be put in a link: ${decoded.error}`);
  const rebuilt = replaySave(decoded.value.save, { botReasons: true });
  if (!rebuilt.ok) return err(`This game cannot be put in a link: month ${rebuilt.divergence.turn}: ${rebuilt.divergence.message}.`);
  const payload = shareLink(save, rebuilt.hash, base);
  if (!payload.ok) return payload;
  const url = `${base}#g=${payload.value}`;
  return url.length <= MAX_LINK_LENGTH ? ok(url) : err(`The link would be ${url.length} characters long; share the save file instead.`);
}

/** The save file's text (the core's format). */
export function exportText(save: SaveFile): string {
  return makeSave(save);
}

/** A file name like `quiet-channel-washington-month-6-2026-03-01.json`. */
export function exportFileName(save: SaveFile, months: number, date: Date, seatName?: string): string {
  const who =
    (seatName ?? 'game')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'game';
  const day = date.toISOString().slice(0, 10);
  const end = save.result ? `-${save.result.ending ?? 'ended'}` : '';
  return `quiet-channel-${who}-month-${months}${end}-${day}.json`;
}

/** Anything with a size and a text, such as a File from a picker or a drop. */
export interface FileLike {
  size: number;
  name?: string;
  text(): Promise<string>;
}

/** Reads a dropped or picked file, refusing one over 5 MB before reading it. Never rejects. */
export async function readSaveFile(file: FileLike): Promise<Result<string>> {
  if (file.size > MAX_SAVE_BYTES) {
    const mb = Math.floor((file.size / (1024 * 1024)) * 10) / 10;
    return err(`The file is too large: ${mb.toFixed(1)} MB; a save file is at most 5 MB.`);
  }
  try {
    return ok(await file.text());
  } catch (e) {
    return err(`The file could not be read: ${e instanceof Error ? e.message : String(e)}.`);
  }
}
