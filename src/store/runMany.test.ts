import { describe, expect, it } from 'vitest';
import { Lab } from '../model/lab.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { createLabStore } from './labStore.ts';
import { measureViews, runManyKey } from './runManyView.ts';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('Run many (in slices, as without workers)', () => {
  it('runs seeds seed … seed + k − 1 of the settings on show, one record each, as Lab does', async () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      nodes: 30,
      seed: 9,
      distortion: 0.1,
      capacity: Infinity,
    };
    const store = createLabStore({ settings });
    store.getState().startRunMany(6);
    await until(() => store.getState().runMany?.state === 'done');
    const job = store.getState().runMany!;
    expect(job.key).toBe(runManyKey(store.getState()));
    expect(job.records.map((r) => r!.seed)).toEqual([9, 10, 11, 12, 13, 14]);
    const lab = new Lab({ ...settings, seed: 12 }).run();
    expect(job.records[3]!.p2p.sends).toBe(lab.summary('p2p').sends);
    expect(job.records[3]!.hierarchy.believingDistorted).toBe(
      lab.summary('hierarchy').believingDistorted,
    );
    const views = measureViews(job, 'broadcast', 9);
    const sends = views.find((v) => v.measure === 'sends')!;
    expect(sends.sides[1].spread!.n).toBe(6);
    expect(sends.sides[1].thisRun).toBe(job.records[0]!.p2p.sends);
    expect(sends.sentence).toMatch(
      /^In 6 runs the peer network sent fewer messages in \d+ \(95 % interval/,
    );
  });

  it('stops on Cancel and ignores whatever was still under way', async () => {
    const store = createLabStore({ settings: { ...DEFAULT_SETTINGS, nodes: 40 } });
    store.getState().startSweep(50);
    await until(() => (store.getState().sweep?.done ?? 0) > 0);
    store.getState().cancelRunMany();
    const stopped = store.getState().sweep!;
    expect(stopped.state).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 300));
    expect(store.getState().sweep).toBe(stopped);
    expect(stopped.done).toBeLessThan(stopped.tasks.length);
  });
});
