import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMs, replayMs } from '../model/budget.ts';
import { createNetworkCache } from '../model/networkCache.ts';
import { DEFAULT_SETTINGS, type Settings } from '../model/params.ts';
import { createLabStore } from './labStore.ts';
import { AT_ONCE_MS, prepareNow, REPORT_MS, SLICE_MS, type Job } from './prepare.ts';

// Heavy work happens in the background: progress shows, nothing on show changes until the new
// run is ready, Cancel keeps what was there, and the run that arrives is the very run that
// building it at once gives (the same people, the same messages).

const base: Settings = { ...DEFAULT_SETTINGS, nodes: 300, load: 0.05, maxTicks: 2000 };
/** A tick whose replay the estimate calls slow (so it goes to the background). */
const farTick = Math.ceil((2 * AT_ONCE_MS) / replayMs(base, 1));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Every job the store shows, in order. */
function watchJobs(store: ReturnType<typeof createLabStore>): Job[] {
  const jobs: Job[] = [];
  store.subscribe((s, prev) => s.job && s.job !== prev.job && jobs.push(s.job));
  return jobs;
}

const series = (lab: ReturnType<typeof prepareNow>) =>
  lab.sides.map((side) => side.series.map((m) => [m.informed, m.sends, m.queued]));

describe('preparing a run in the background', () => {
  it('a long seek replays in slices with progress, then shows exactly the run built at once', () => {
    expect(replayMs(base, farTick)).toBeGreaterThan(AT_ONCE_MS);
    const store = createLabStore({ settings: { ...base } });
    const jobs = watchJobs(store);
    // Play on to the far tick first, so the timeline reaches it; then scrub back and forth.
    store.getState().load({ settings: { ...base }, tick: farTick });
    vi.runAllTimers();
    expect(store.getState().tick).toBe(farTick);
    const onShow = store.getState().lab;
    jobs.length = 0;
    const started = performance.now();
    store.getState().seek(farTick - 1);
    // Nothing changes on show until the replay is done.
    expect(store.getState().lab).toBe(onShow);
    expect(store.getState().job).toMatchObject({ stage: 'replay', total: farTick - 1 });
    vi.runAllTimers();
    const took = performance.now() - started;
    expect(store.getState().job).toBeNull();
    expect(store.getState().tick).toBe(farTick - 1);
    const done = jobs.map((j) => j.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    // Progress is reported as the stage starts, then at most every REPORT_MS, not every slice.
    expect(done[0]).toBe(0);
    expect(done.length).toBeLessThanOrEqual(2 + took / REPORT_MS);
    expect(done.length).toBeLessThan(Math.max(3, took / SLICE_MS));
    const atOnce = prepareNow(
      { settings: base, events: [], org: null, upTo: farTick - 1 },
      createNetworkCache(),
    );
    expect(series(store.getState().lab)).toEqual(series(atOnce));
  });

  it('Cancel keeps what was on show, and the stopped work never lands', () => {
    const store = createLabStore({ settings: { ...base } });
    const before = store.getState();
    store.getState().load({ settings: { ...base }, tick: farTick });
    expect(store.getState().job).not.toBeNull();
    store.getState().cancelJob();
    expect(store.getState().job).toBeNull();
    vi.runAllTimers();
    expect(store.getState().lab).toBe(before.lab);
    expect(store.getState().tick).toBe(0);
  });

  it('big networks are built elsewhere first; the settings change only when they are ready', () => {
    const big = { ...base, nodes: 40000, load: 0 };
    expect(buildMs(big)).toBeGreaterThan(AT_ONCE_MS);
    let built = 0;
    const store = createLabStore(
      { settings: { ...base, load: 0 } },
      {
        buildNetworks: (settings, org, done) => {
          built = settings.nodes;
          const timer = setTimeout(() =>
            done({ networks: createNetworkCache()(settings, org), between: null }),
          );
          return () => clearTimeout(timer);
        },
      },
    );
    const jobs = watchJobs(store);
    store.getState().setSetting('nodes', 40000);
    expect(built).toBe(40000);
    expect(store.getState().settings.nodes).toBe(300);
    expect(store.getState().job).toMatchObject({ stage: 'build', people: 40000 });
    vi.runAllTimers();
    expect(store.getState().settings.nodes).toBe(40000);
    expect(store.getState().lab.sides[1].network.graph.n).toBe(40000);
    expect(jobs.map((j) => j.stage)).toContain('replay');
  });

  it('a newer request replaces one still being prepared', () => {
    const store = createLabStore({ settings: { ...base } });
    store.getState().load({ settings: { ...base }, tick: farTick });
    store.getState().load({ settings: { ...base, seed: 7 }, tick: farTick });
    vi.runAllTimers();
    expect(store.getState().settings.seed).toBe(7);
    expect(store.getState().tick).toBe(farTick);
  });
});
