/**
 * `npm run replay -- FILE [--verify] [--to TURN] [--json]`: rebuilds a saved game and tells it
 * month by month. Exit codes: 0 when it holds; 1 at the first divergence or illegal move; 2 when
 * the file is not a valid save (or the command line is wrong).
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_SAVE_BYTES, parseSave } from '../codec/save';
import { replaySave } from '../engine/replay';
import { calendar } from '../model/state';
import { INDICATOR_IDS, type GameState } from '../model/types';
import { playerView } from '../model/view';
import { explainText, formatMonth, formatSignedDelta, moveName, newsHeadline, t } from '../i18n';
import { intFlag, parseArgs, runCli, UsageError } from './args';

const USAGE = `Usage: npm run replay -- FILE [--verify] [--to TURN] [--json]

Rebuilds a saved game and tells it month by month.
  --verify    check every checkpoint hash in the save
  --to TURN   stop after month TURN (0: the starting position)
  --json      print { hash, ending, turns: [...] } instead of the story
Exit codes: 0 the save holds, 1 it diverges or has an illegal move, 2 the file is not a valid save.`;

const SPEC = { verify: { kind: 'boolean' }, to: { kind: 'string' }, json: { kind: 'boolean' }, help: { kind: 'boolean' } } as const;

function turnsOf(s: GameState) {
  const v = playerView(s, 'all');
  return s.history.map((h) => ({
    turn: h.turn,
    actions: v.moves
      .filter((m) => m.turn === h.turn)
      .map((m) => ({ seat: m.seat, move: m.move as string, secret: m.secret, reason: m.reason ?? '' })),
    events: s.news.filter((n) => n.turn === h.turn).map((n) => ({ id: n.id, ...(n.params ? { params: n.params } : {}) })),
    indicators: h.indicators,
  }));
}

function tell(s: GameState): string[] {
  const out: string[] = [];
  const v = playerView(s, 'all');
  let prev = s.history.length ? undefined : s.indicators;
  for (const h of s.history) {
    const { year, month } = calendar(h.turn);
    out.push(`Month ${h.turn}, ${formatMonth('en', year, month)}`);
    for (const m of v.moves.filter((x) => x.turn === h.turn)) {
      const secret = m.secret ? ' (secret)' : '';
      out.push(`  ${t('en', `seat.${m.seat}`)}: ${moveName('en', m.move)}${secret} — ${m.reason || 'no reason given'}`);
    }
    for (const n of s.news.filter((x) => x.turn === h.turn)) out.push(`  News: ${newsHeadline('en', n)}`);
    const base = prev ?? s.history[h.turn - 2]?.indicators;
    if (base) {
      const moved = INDICATOR_IDS.filter((id) => h.indicators[id] !== base[id]).map(
        (id) => `${t('en', `indicator.${id}.name`)} ${formatSignedDelta('en', h.indicators[id] - base[id])}`,
      );
      if (moved.length) out.push(`  Changes: ${moved.join(', ')}`);
    }
    prev = undefined;
  }
  if (s.ending) {
    out.push('', `Ending: ${t('en', `ending.${s.ending}.title`)}`);
    if (v.explanation && v.results) for (const line of explainText('en', v.explanation, v.results)) out.push(`  ${line}`);
  }
  return out;
}

function main(argv: string[]): number {
  let file: string;
  let to: number | undefined;
  let flags: Record<string, unknown>;
  try {
    const p = parseArgs(argv, SPEC, 1);
    flags = p.flags;
    if (p.flags.help) {
      console.log(USAGE);
      return 0;
    }
    if (p.positional.length !== 1) throw new UsageError('name one save file');
    file = p.positional[0] as string;
    to = p.flags.to === undefined ? undefined : intFlag(p, 'to', 0, 0, 200);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`replay: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_SAVE_BYTES) {
      console.error(`replay: ${file}: the file is too large (${(size / 1024 / 1024).toFixed(1)} MB); a save file is at most 5 MB.`);
      return 2;
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`replay: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return 2;
  }
  const parsed = parseSave(text);
  if (!parsed.ok) {
    console.error(`replay: ${file}: ${parsed.error}`);
    return 2;
  }
  const r = replaySave(parsed.value, { verify: Boolean(flags.verify), ...(to !== undefined ? { to } : {}) });
  if (!r.ok) {
    const d = r.divergence;
    const who = d.seat ? ` (${d.seat}${d.move ? ` ${d.move}` : ''})` : '';
    console.error(`replay: ${file}: diverges at month ${d.turn}${who}: ${d.message}.`);
    return 1;
  }
  if (flags.json) {
    console.log(JSON.stringify({ hash: r.hash, ending: r.state.ending, turns: turnsOf(r.state) }));
  } else {
    console.log(tell(r.state).join('\n'));
    if (flags.verify) console.log(`\nVerified: ${r.checked} checkpoints match (state hash ${r.hash}).`);
  }
  return 0;
}

runCli('replay', main);
