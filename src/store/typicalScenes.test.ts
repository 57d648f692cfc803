import { describe, expect, it } from 'vitest';
import { computeEquipotency } from '../model/equipotency.ts';
import { Lab } from '../model/lab.ts';
import type { Summary } from '../model/metrics.ts';
import type { Settings } from '../model/params.ts';
import { SCENES } from '../scenes/scenes.ts';
import { sceneSetup } from './slices/scenes.ts';

// Every scene is a typical run (issue 11): over seeds 1–200 at the scene's settings, its claim
// holds in at least 80 % of runs (or as often as its words say), and for the quantity its words
// name, the scene's own seed lies between the 25th and 75th percentile.

const SEEDS = 200;

interface Outcome {
  h: Summary;
  p: Summary;
  lab: Lab;
}

interface Check {
  /** What its words claim, of one run. */
  claim: (o: Outcome) => boolean;
  /** The share of runs the claim must hold in: at least 0.8, or the range its words state. */
  holds: [number, number];
  /** The quantity its words name. */
  quantity: (o: Outcome) => number;
}

const typical: [number, number] = [0.8, 1];
const CHECKS: Record<string, Check> = {
  'client-server': {
    claim: ({ h, p }) => h.ticksTo100! <= p.ticksTo100! && p.sends > 4 * h.sends,
    holds: typical,
    quantity: ({ h, p }) => p.sends / h.sends, // "about five times the messages"
  },
  communities: {
    claim: ({ h, p }) => p.ticksTo100! < h.ticksTo100!,
    holds: typical,
    quantity: ({ h, p }) => h.ticksTo100! - p.ticksTo100!,
  },
  'front-line': {
    claim: ({ h, p }) => p.ticksTo100! < h.ticksTo100!,
    holds: typical,
    quantity: ({ h, p }) => h.ticksTo100! - p.ticksTo100!,
  },
  bottlenecks: {
    claim: ({ h, p }) => h.maxQueueNode === 0 && h.maxQueue > 5 * Math.max(1, p.maxQueue),
    holds: typical,
    quantity: ({ h }) => h.maxQueue,
  },
  hydra: {
    claim: ({ h, p }) => p.reachable > 2 * h.reachable,
    holds: typical,
    quantity: ({ h, p }) => p.reachable / h.reachable,
  },
  rumours: {
    // "In about two runs out of three … (typically about 12 against 6)"; and five times the messages.
    claim: ({ h, p }) => h.believingDistorted > p.believingDistorted,
    holds: [0.6, 0.75],
    quantity: ({ h }) => h.believingDistorted,
  },
  nimbleness: {
    claim: ({ h, p }) => h.latencyP50! > p.latencyP50!,
    holds: typical,
    quantity: ({ h, p }) => h.latencyP50! / p.latencyP50!,
  },
  hybrid: {
    claim: ({ h, p }) => h.maxQueue <= 6 && Math.abs(h.latencyP50! - p.latencyP50!) <= 1,
    holds: typical,
    quantity: ({ h }) => h.maxQueue, // "the worst queue stays a few messages long"
  },
  'relational-dynamics': {
    claim: ({ lab }) => {
      const [h, p] = lab.sides.map((s) => s.series);
      const last = lab.settings.maxTicks - 1;
      return p[last].ties < 0.85 * p[0].ties && h[last].ties > 1.4 * h[0].ties;
    },
    holds: typical,
    quantity: ({ lab }) =>
      lab.sides[1].series[lab.settings.maxTicks - 1].ties / lab.sides[1].series[0].ties,
  },
  survival: {
    claim: ({ lab }) => {
      // A run with no manager out may end before tick 12: its last tick stands for the rest.
      const at = (rows: (typeof lab.sides)[0]['series'], t: number) =>
        rows[Math.min(t, rows.length - 1)];
      const [h, p] = lab.sides.map((s) => s.series);
      const [p2, h12] = [at(p, 2), at(h, 12)];
      return p2.largestGroup === p2.working && h12.largestGroup === h12.working;
    },
    holds: typical,
    quantity: ({ lab }) => {
      const h = lab.sides[0].series;
      return h.findIndex((r) => r.informedWorking === r.working);
    },
  },
};

/** Nearest-rank quartiles. */
const quartiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return [at(0.25), at(0.5), at(0.75)];
};

describe('every scene is a typical run', () => {
  it('has a check for each scene that runs a lab (who-starts is checked below)', () => {
    for (const scene of SCENES)
      if (scene.id !== 'who-starts') expect(CHECKS[scene.id], scene.id).toBeDefined();
  });

  for (const [id, check] of Object.entries(CHECKS)) {
    it(`${id}: its claim holds as often as it says, and its seed is typical`, () => {
      const { settings, events } = sceneSetup(id)!;
      let held = 0;
      const quantities: number[] = [];
      let own = NaN;
      for (let seed = 1; seed <= SEEDS; seed++) {
        const lab = new Lab({ ...settings, seed }, events).run();
        const outcome = { h: lab.summary('hierarchy'), p: lab.summary('p2p'), lab };
        if (check.claim(outcome)) held++;
        const q = check.quantity(outcome);
        quantities.push(q);
        if (seed === settings.seed) {
          own = q;
          expect(check.claim(outcome), `${id}: the claim holds in the scene's own run`).toBe(true);
        }
      }
      const share = held / SEEDS;
      expect(share, `${id} holds in ${held} of ${SEEDS}`).toBeGreaterThanOrEqual(check.holds[0]);
      expect(share).toBeLessThanOrEqual(check.holds[1]);
      const [q25, , q75] = quartiles(quantities);
      expect(
        own,
        `${id}: seed ${settings.seed} gives ${own}; quartiles ${q25}–${q75}`,
      ).toBeGreaterThanOrEqual(q25);
      expect(own).toBeLessThanOrEqual(q75);
    });
  }

  it('rumours: "typically about 12 against 6" are the medians over 200 seeds', () => {
    const { settings } = sceneSetup('rumours')!;
    const h: number[] = [];
    const p: number[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const lab = new Lab({ ...settings, seed }).run();
      h.push(lab.summary('hierarchy').believingDistorted);
      p.push(lab.summary('p2p').believingDistorted);
      expect(lab.summary('p2p').sends).toBeGreaterThan(4 * lab.summary('hierarchy').sends);
    }
    expect(Math.abs(quartiles(h)[1] - 12)).toBeLessThanOrEqual(1);
    expect(Math.abs(quartiles(p)[1] - 6)).toBeLessThanOrEqual(1);
  });

  it('who-starts: with unlimited capacity rank matters in the hierarchy, hardly among peers; with capacity 1 it turns around', () => {
    const { settings } = sceneSetup('who-starts')!;
    const spread = (t: Int32Array) => Math.max(...t) - Math.min(...t);
    const run = (changes: Partial<Settings>) => {
      let rankMatters = 0;
      let peersWider = 0;
      for (let seed = 1; seed <= 100; seed++) {
        const r = computeEquipotency({ ...settings, ...changes, seed });
        const [h, p] = [spread(r.hierarchy.to100), spread(r.p2p.to100)];
        if (h > 2 * p && r.hierarchy.to100[0] === Math.min(...r.hierarchy.to100)) rankMatters++;
        if (p > h) peersWider++;
      }
      return { rankMatters, peersWider };
    };
    // The scene's words, at its settings (unlimited capacity).
    expect(settings.capacity).toBe(Infinity);
    expect(run({}).rankMatters).toBeGreaterThanOrEqual(80);
    // Its contrast: at capacity 1 the peers' times spread more widely than the hierarchy's.
    const contrast = SCENES.find((s) => s.id === 'who-starts')!.contrast!;
    expect(contrast.settings).toBe('cap=1');
    const turned = run({ capacity: 1 });
    expect(turned.rankMatters).toBeLessThan(20);
    expect(turned.peersWider).toBeGreaterThanOrEqual(80);
  });
});
