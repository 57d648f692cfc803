import { describe, expect, it } from 'vitest';
import { Lab } from '../model/lab.ts';
import { DEFAULT_SETTINGS, type Settings } from '../model/params.ts';
import { createLabStore, type LabStore } from './labStore.ts';

const BUSY: Settings = { ...DEFAULT_SETTINGS, nodes: 600, capacity: Infinity, load: 0.02 };

/** Plays as the clock does, but with no time to spare: one part of the next tick per frame. */
function frameByFrame(store: LabStore, ticks: number): number {
  let frames = 0;
  for (;;) {
    frames++;
    if (store.getState().aheadReady()) store.getState().step();
    if (store.getState().tick >= ticks) return frames;
    store.getState().workAhead(-Infinity, true);
  }
}

const snapshot = (store: LabStore, side: 0 | 1) => {
  const shown = store.getState().onShow(side);
  const n = store.getState().lab.settings.nodes;
  const people = Array.from({ length: n }, (_, v) => [
    shown.first.tickOf(v),
    shown.first.believesDistorted(v),
    shown.queues.length[v],
  ]);
  return { people, sends: shown.arrivals.count, from: shown.arrivals.from.slice(0, 50) };
};

describe('the next tick, worked out ahead', () => {
  it('gives the very same run as stepping tick by tick, a part a frame', () => {
    const store = createLabStore({ settings: BUSY });
    store.getState().play();
    const frames = frameByFrame(store, 12);
    // Worked out in parts: many more frames than ticks.
    expect(frames).toBeGreaterThan(24);
    const plain = new Lab(BUSY);
    for (let t = 0; t <= 12; t++) plain.step();
    const { lab } = store.getState();
    expect(lab.sides.map((s) => s.series.slice(0, 13))).toEqual(
      plain.sides.map((s) => s.series.slice(0, 13)),
    );
  });

  it('draws each side as it was at the tick on show while the engine is already past it', () => {
    const store = createLabStore({ settings: BUSY });
    store.getState().play();
    frameByFrame(store, 5);
    // At a tick just shown, before any work ahead: the picture is the engine's.
    const before = [snapshot(store, 0), snapshot(store, 1)];
    expect(store.getState().onShow(0)).toBe(store.getState().lab.sides[0].engine);
    const tick = store.getState().tick;
    // Work the next tick to its end without showing it.
    while (!store.getState().lab.sides[1].series[tick + 1])
      store.getState().workAhead(-Infinity, true);
    expect(store.getState().tick).toBe(tick);
    expect(store.getState().lab.tick).toBe(tick + 2);
    expect(store.getState().onShow(0)).not.toBe(store.getState().lab.sides[0].engine);
    expect([snapshot(store, 0), snapshot(store, 1)]).toEqual(before);
    // The engine itself moved on (more people have heard, queues changed).
    const engine = store.getState().lab.sides[1].engine;
    const moved = before[1].people.some(
      ([heard, , queue], v) =>
        engine.first.tickOf(v) !== heard || engine.queues.length[v] !== queue,
    );
    expect(moved).toBe(true);
    // Shown, the tick is drawn from the engine again.
    const shown = store.getState().tick;
    store.getState().step();
    expect(store.getState().tick).toBe(shown + 1);
    expect(store.getState().onShow(1)).toBe(engine);
  });

  it('ends and shows the tick under way before anything else reads or changes the run', () => {
    const store = createLabStore({ settings: BUSY });
    store.getState().play();
    frameByFrame(store, 4);
    store.getState().workAhead(-Infinity, true);
    expect(store.getState().aheadReady()).toBe(false);
    // Pointing does not end it…
    store.getState().hover(3);
    expect(store.getState().aheadReady()).toBe(false);
    expect(store.getState().tick).toBe(4);
    // …a knock-out does: the tick under way is shown, and the knock-out lands on the next one.
    store.getState().clickPerson(7, true);
    expect(store.getState().tick).toBe(5);
    expect(store.getState().events).toEqual([{ tick: 6, type: 'fail', node: 7 }]);
    for (let i = 0; i < 3; i++) store.getState().step();
    const plain = new Lab(BUSY, [{ tick: 6, type: 'fail', node: 7 }]);
    for (let t = 0; t <= 8; t++) plain.step();
    expect(store.getState().lab.sides.map((s) => s.series)).toEqual(
      plain.sides.map((s) => s.series),
    );
    // Pausing ends it too: the tick under way is the last one shown.
    store.getState().workAhead(-Infinity, true);
    store.getState().pause();
    expect(store.getState().tick).toBe(9);
    expect(store.getState().lab.tick).toBe(10);
    expect(store.getState().onShow(1)).toBe(store.getState().lab.sides[1].engine);
  });

  it('works out a tick that changes ties, who is in and the chain of command, drawn as they were', () => {
    // Ties adapt (forming and fading every tick), the top of the chart is knocked out at tick 2,
    // and its post is filled by promotion at tick 4: every tick changes what the picture shows.
    const settings: Settings = { ...BUSY, adapt: 'on', fade: 3, reorg: 2 };
    const events = [{ tick: 2, type: 'fail' as const, node: 0 }];
    const store = createLabStore({ settings, events });
    store.getState().play();
    frameByFrame(store, 1);
    const picture = (side: 0 | 1) => {
      const s = store.getState().onShow(side);
      const rows = Array.from({ length: s.ties.n }, (_, u) =>
        Array.from(s.ties.neighbors.subarray(s.ties.offsets[u], s.ties.ends[u])),
      );
      const used = rows.map((row, u) =>
        row.map((_, k) => s.ties.used[s.ties.tieAt(s.ties.offsets[u] + k)]),
      );
      return {
        rows,
        used: s.ties.isPrepared ? used : null,
        working: Array.from(s.working),
        manager: s.dynamics.org ? Array.from(s.dynamics.org.manager) : null,
        level: s.dynamics.org ? [Array.from(s.dynamics.org.level), s.dynamics.org.version] : null,
        networkVersion: s.networkVersion,
        vacancies: s.dynamics.vacancies(s.options),
      };
    };
    let changed = 0;
    for (let tick = 1; tick < 8; tick++) {
      const before = [picture(0), picture(1)];
      for (let part = 0; part < 10_000 && store.getState().lab.tick === tick + 1; part++)
        store.getState().workAhead(-Infinity, true);
      expect(store.getState().tick).toBe(tick);
      expect(store.getState().lab.tick).toBe(tick + 2);
      // Worked out, not shown: the picture is the one it was.
      expect([picture(0), picture(1)]).toEqual(before);
      store.getState().step();
      const after = [picture(0), picture(1)];
      if (JSON.stringify(after) !== JSON.stringify(before)) changed++;
    }
    // Shown, the ticks did change the picture (ties formed and faded, a knock-out, a promotion).
    expect(changed).toBeGreaterThan(4);
    const plain = new Lab(settings, events);
    for (let t = 0; t <= 8; t++) plain.step();
    expect(store.getState().lab.sides.map((s) => s.series)).toEqual(
      plain.sides.map((s) => s.series),
    );
    expect(store.getState().lab.sides[0].series[4].promotions).toBe(1);
  });

  it('with no time to spare, takes the still copies a side per frame before the tick begins', () => {
    const store = createLabStore({ settings: BUSY });
    store.getState().play();
    frameByFrame(store, 3);
    const { lab } = store.getState();
    const tick = lab.tick;
    const engines = lab.sides.map((side) => side.engine);
    store.getState().workAhead(-Infinity, true);
    // The first side is drawn from its copy; the second, not yet copied, from its engine, which
    // has not moved: the tick has not begun.
    expect(store.getState().onShow(0)).not.toBe(engines[0]);
    expect(store.getState().onShow(1)).toBe(engines[1]);
    expect(lab.tick).toBe(tick);
    expect(store.getState().aheadReady()).toBe(false);
    store.getState().workAhead(-Infinity, true);
    expect(store.getState().onShow(1)).not.toBe(engines[1]);
    // From then on the tick is worked out as usual, and shown.
    while (!store.getState().aheadReady()) store.getState().workAhead(-Infinity, true);
    const shown = store.getState().tick;
    store.getState().step();
    expect(store.getState().tick).toBe(shown + 1);
  });

  it('after a run stops part-way through a tick, goes on showing the tick before, as its counts do', () => {
    const store = createLabStore({ settings: { ...BUSY, adapt: 'on' } });
    const { lab } = store.getState();
    lab.maxQueued = 3000;
    store.getState().play();
    for (let frames = 0; !lab.done && frames < 10_000; frames++) {
      if (store.getState().aheadReady()) store.getState().step();
      store.getState().workAhead(-Infinity, true);
    }
    store.getState().settle();
    expect(lab.halted).not.toBeNull();
    const side = lab.halted!.side === 'hierarchy' ? 0 : 1;
    const last = lab.sides[side].series.at(-1)!;
    const shown = store.getState().onShow(side);
    const queued = (show: { queues: { length: Int32Array } }) =>
      show.queues.length.reduce((a, b) => a + b, 0);
    // The engine is part-way into the next tick; the picture is the last whole tick.
    expect(queued(lab.sides[side].engine)).toBeGreaterThan(last.queued);
    expect(queued(shown)).toBe(last.queued);
    expect(shown.ties.count).toBe(last.ties);
  });
});
