/**
 * The replay viewer's letters (issue 11): each month shows the letters written in it (and older
 * secret ones a leak exposed in it) as the perspective read them then; a secret letter between two
 * other seats stays out until it leaks; "Reveal all" shows every letter, a hidden one marked.
 */
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave, type SaveFile } from '../../src/codec/save';
import { ReplayController, type Perspective } from '../../src/app/saves/replayController';
import { buildTimeline } from '../../src/app/saves/timeline';
import { replayVM } from '../../src/app/saves/viewModels';
import { createGame } from '../../src/engine/runner';

/** Two months of three people (rules version 2): letters in month 1, a leak of the backchannel and one more letter in month 2. */
function letteredSave(): SaveFile {
  const game = createGame({ seed: 11, seats: { us: 'human', dprk: 'human', rok: 'human' }, scenarioVersion: 2 }, { checkpoints: true });
  const send = (from: 'us' | 'dprk' | 'rok', to: 'us' | 'dprk' | 'rok' | 'both', line: 'secret' | 'public', text: string) =>
    expect(game.sendLetter(from, { to, line, text }).ok).toBe(true);
  send('us', 'dprk', 'secret', 'Dear Chairman, a quiet word.');
  send('rok', 'dprk', 'secret', 'From Seoul, on our own line.');
  send('dprk', 'both', 'public', 'To the world: we are ready.');
  expect(game.play('us', 'us.sendEnvoy').ok).toBe(true);
  expect(game.play('dprk', 'dprk.hold').ok).toBe(true);
  expect(game.play('rok', 'rok.hold').ok).toBe(true);
  expect(game.inject('leak').ok).toBe(true);
  send('us', 'rok', 'secret', 'Seoul, keep this between us.');
  send('dprk', 'rok', 'public', 'Something unkind.');
  expect(game.hideLetter(5).ok).toBe(true);
  for (const seat of ['us', 'dprk', 'rok'] as const) expect(game.play(seat, `${seat}.hold`).ok).toBe(true);
  const save = game.save();
  game.stop();
  // Through the file, as the viewer gets it.
  const parsed = parseSave(makeSave(save));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function viewer(save: SaveFile): ReplayController {
  const t = buildTimeline(save);
  if (!t.ok) throw new Error(t.error);
  return new ReplayController({ timeline: t.value, meta: null });
}

describe('the replay viewer’s letters', () => {
  const save = letteredSave();
  const ctl = viewer(save);
  const shown = (month: number, p: Perspective) => {
    ctl.seek(month);
    ctl.setPerspective(p);
    return replayVM(ctl, 'en', []).letters;
  };
  const ids = (month: number, p: Perspective) => shown(month, p).map((l) => l.id);

  it('shows each month’s letters as the perspective read them then', () => {
    expect(ids(0, 'all')).toEqual([]);
    // Month 1: 1 us→dprk secret, 2 rok→dprk secret, 3 dprk→both public.
    expect(ids(1, 'us')).toEqual([1, 3]);
    expect(ids(1, 'dprk')).toEqual([1, 2, 3]);
    expect(ids(1, 'rok')).toEqual([2, 3]);
    expect(ids(1, 'all')).toEqual([1, 2, 3]);
    // Month 2: the backchannel leaked, so Seoul now reads letter 1 (in the month of its leak); 4 us→rok secret; 5 hidden by the teacher.
    expect(ids(2, 'rok')).toEqual([1, 4]);
    expect(ids(2, 'dprk')).toEqual([1]);
    expect(ids(2, 'all')).toEqual([1, 4, 5]);
  });

  it('words a letter as text with its heading, its leak and a hidden mark only in the everything view', () => {
    const [leaked] = shown(2, 'rok');
    expect(leaked).toMatchObject({
      id: 1,
      from: 'us',
      heading: 'January 2025 · Washington → Pyongyang · Secret',
      leaked: 'leaked in February 2025',
      text: 'Dear Chairman, a quiet word.',
      hidden: null,
    });
    expect(shown(2, 'all').find((l) => l.id === 5)).toMatchObject({ text: 'Something unkind.', hidden: 'hidden by the teacher' });
    expect(shown(1, 'rok').find((l) => l.id === 3)).toMatchObject({ text: 'To the world: we are ready.', leaked: null, hidden: null });
    ctl.seek(1);
    ctl.setPerspective('rok');
    expect(replayVM(ctl, 'en', []).announcement).toContain('2 letters; press L to read them.');
    expect(replayVM(ctl, 'de', []).letters[0]?.heading).toBe('Januar 2025 · Seoul → Pjöngjang · Geheim');
  });

  it('a game without letters shows none, with the same hashes as with them', () => {
    const { letters: _l, ...plain } = save;
    const bare = viewer(plain);
    for (const p of ['us', 'all'] as const) {
      bare.setPerspective(p);
      for (let t = 0; t <= bare.last; t++) {
        bare.seek(t);
        expect(replayVM(bare, 'en', []).letters).toEqual([]);
      }
    }
    expect(bare.timeline.hashes).toEqual(ctl.timeline.hashes);
  });
});
