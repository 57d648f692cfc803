import { describe, expect, it } from 'vitest';
import { Lab } from '../model/lab.ts';
import { DEFAULT_SETTINGS, type Settings } from '../model/params.ts';
import { stillOf } from '../model/shown.ts';
import { layoutNow } from './layoutNow.ts';
import { LiveLayout } from './liveLayout.ts';

// Ties form and fade every tick among 60 peers.
const ADAPTING: Settings = {
  ...DEFAULT_SETTINGS,
  nodes: 60,
  capacity: Infinity,
  load: 0.05,
  adapt: 'on',
  bond: 1,
  fade: 2,
};

describe('the live layout', () => {
  it('moves people when a change of ties is shown, not while that tick is worked out ahead', () => {
    const lab = new Lab(ADAPTING);
    const { network, engine } = lab.sides[1];
    const live = new LiveLayout(network, 'peers', layoutNow(network, 'peers'));
    let moves = 0;
    for (let tick = 0; tick < 8; tick++) {
      live.frame(engine, engine, true);
      // Settled at the tick on show: nothing more to move.
      expect(live.frame(engine, engine, true)).toBeNull();
      // The next tick, worked out while a still copy of this one is drawn (as `ahead.ts` does).
      const still = stillOf(engine, true);
      const version = engine.networkVersion;
      lab.step();
      expect(live.frame(engine, still, true)).toBeNull();
      // Shown: people move if its ties changed.
      const moved = live.frame(engine, engine, true);
      if (engine.networkVersion !== version) {
        expect(moved).not.toBeNull();
        moves++;
      }
    }
    // Ties did change on most ticks, and each change moved people once shown.
    expect(moves).toBeGreaterThan(3);
  });
});
