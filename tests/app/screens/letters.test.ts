/** The letters panel's view model: newest first, in words, plain text kept as written, and the offers a letter may carry. */
import { describe, expect, it } from 'vitest';
import { lettersVM } from '../../../src/app/screens/letters';
import { createGame } from '../../../src/engine/runner';
import type { TableAction } from '../../../src/model/table';

describe('lettersVM', () => {
  it('lists the seat’s letters newest first, in its language, with the text as written', () => {
    const game = createGame({ seed: 3, seats: { us: 'human', dprk: 'human', rok: 'human' }, scenarioVersion: 2 });
    game.sendLetter('us', { to: 'dprk', line: 'secret', text: 'First <i>letter</i>' });
    game.sendLetter('rok', { to: 'both', line: 'public', text: 'Seoul speaks' });
    const vm = lettersVM(game.view('dprk'), 'en');
    expect(vm.rows.map((r) => r.heading)).toEqual([
      'January 2025 · Seoul → Both · Public',
      'January 2025 · Washington → Pyongyang · Secret',
    ]);
    expect(vm.rows[1]).toMatchObject({ text: 'First <i>letter</i>', leaked: null, offer: null, mine: false });
    expect(vm.recipients.map((r) => r.id)).toEqual(['us', 'rok', 'both']);
    expect(lettersVM(game.view('dprk'), 'de').rows[0]?.heading).toContain('Öffentlich');
    expect(vm.offersFor('us', 'secret')).toEqual([]);
  });

  it('offers the seat’s own offers to a letter that reaches their addressee', () => {
    const game = createGame({
      seed: 7,
      seats: { us: 'human', dprk: 'human', rok: 'bot:dealmaker' },
      scenarioVersion: 3,
      overrides: { determination: 80 },
    });
    const offer: TableAction = { kind: 'propose', to: 'dprk', gives: ['partialRelief'], asks: ['roadmap', 'freeze'], line: 'public' };
    game.play('us', 'us.sendEnvoy', '', offer);
    game.play('dprk', 'dprk.hold');
    game.runBots();
    const vm = lettersVM(game.view('us'), 'en');
    // Offer 1 is public: any letter that reaches Pyongyang may carry it.
    expect(vm.offersFor('dprk', 'secret')).toEqual([{ id: 1, label: 'Offer 1' }]);
    expect(vm.offersFor('both', 'public')).toEqual([{ id: 1, label: 'Offer 1' }]);
    expect(vm.offersFor('rok', 'public')).toEqual([]);
    expect(game.sendLetter('us', { to: 'dprk', line: 'secret', text: 'Our terms.', offer: 1 }).ok).toBe(true);
    expect(lettersVM(game.view('dprk'), 'en').rows[0]?.offer).toBe(
      'Carries offer 1: gives Partial sanctions relief; asks Freeze, Denuclearization roadmap (Open).',
    );
  });
});
