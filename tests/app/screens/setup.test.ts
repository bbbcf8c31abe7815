/** The Setup screen's view model, without a browser. */
import { describe, expect, it } from 'vitest';
import { setupVM } from '../../../src/app/screens/setup';
import { PLAYABLE_BOTS } from '../../../src/app/session';
import { objectiveLabel, seatName, tr } from '../../../src/app/text';
import { OBJECTIVES } from '../../../src/model/data/scenario';

describe('setupVM', () => {
  it('lists each seat with all its objectives, the weightiest first', () => {
    const vm = setupVM('en');
    expect(vm.seats.map((s) => s.seat)).toEqual(['us', 'dprk', 'rok']);
    for (const s of vm.seats) {
      const own = OBJECTIVES.filter((o) => o.seat === s.seat);
      expect(s.goals).toHaveLength(own.length);
      const weights = s.goals.map((g) => own.find((o) => objectiveLabel('en', o.id) === g)!.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(s.name).toBe(seatName('en', s.seat));
      expect(s.long).toBe(tr('en', `seat.${s.seat}.long`));
      expect(s.long).not.toBe(s.name);
    }
  });

  it('offers every playable bot and the three difficulties, in the player’s language', () => {
    const vm = setupVM('ko');
    expect(vm.bots.map((b) => b.id)).toEqual([...PLAYABLE_BOTS]);
    for (const b of vm.bots) expect(b.desc).toBe(tr('ko', `bot.${b.id}.desc`));
    expect(vm.difficulties.map((d) => d.id)).toEqual(['easy', 'normal', 'hard']);
    expect(vm.difficulties[0]!.label).toBe(tr('ko', 'ui.difficulty.easy'));
    expect(new Set(vm.difficulties.map((d) => d.desc)).size).toBe(3);
  });
});
