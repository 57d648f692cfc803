import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { createLabStore, isOut } from './labStore.ts';

const fresh = () => createLabStore({ settings: { ...DEFAULT_SETTINGS } });
const informed = (store: ReturnType<typeof fresh>) =>
  store.getState().lab.sides.map((s) => s.series[store.getState().tick].informed);

describe('the lab store', () => {
  it('opens at tick 0 with the first message started on both sides', () => {
    const store = fresh();
    expect(store.getState().tick).toBe(0);
    expect(informed(store)).toEqual([1, 1]);
    expect(store.getState().playing).toBe(false);
  });

  it('steps both sides in lockstep', () => {
    const store = fresh();
    store.getState().step();
    store.getState().step();
    const { lab, tick } = store.getState();
    expect(tick).toBe(2);
    expect(lab.sides.map((s) => s.series.length)).toEqual([3, 3]);
  });

  it('plays and pauses, and stops playing when the run is over', () => {
    const store = fresh();
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
    store.getState().play();
    while (!store.getState().done) store.getState().step();
    expect(store.getState().playing).toBe(false);
    expect(informed(store)).toEqual([40, 40]);
  });

  it('resets to tick 0 and replays the very same run', () => {
    const store = fresh();
    for (let i = 0; i < 5; i++) store.getState().step();
    const before = store.getState().lab.sides.map((s) => s.series.slice());
    store.getState().reset();
    expect(store.getState().tick).toBe(0);
    for (let i = 0; i < 5; i++) store.getState().step();
    expect(store.getState().lab.sides.map((s) => s.series.slice())).toEqual(before);
  });

  it('makes a click before the run the new source, on both sides', () => {
    const store = fresh();
    store.getState().clickPerson(0);
    expect(store.getState().settings.source).toBe(0);
    expect(store.getState().lab.source).toBe(0);
    expect(store.getState().lab.sides.map((s) => s.engine.first.heardTick[0])).toEqual([0, 0]);
  });

  it('injects a second message mid-run on both sides', () => {
    const store = fresh();
    store.getState().step();
    store.getState().clickPerson(5);
    expect(store.getState().events).toEqual([{ tick: 2, type: 'start', node: 5 }]);
    store.getState().step();
    expect(store.getState().lab.sides.map((s) => s.engine.messageCount)).toEqual([2, 2]);
    expect(store.getState().lab.sides.map((s) => s.engine.originOf(1))).toEqual([5, 5]);
  });

  it('knocks a person out on both sides, takes a second click back, and restores', () => {
    const store = fresh();
    store.getState().clickPerson(12, true);
    expect(isOut(store.getState(), 0, 12)).toBe(true);
    store.getState().clickPerson(12, true);
    expect(isOut(store.getState(), 0, 12)).toBe(false);
    expect(store.getState().events).toEqual([]);
    store.getState().setMode('fail');
    store.getState().clickPerson(12);
    store.getState().step();
    expect(store.getState().lab.sides.map((s) => s.engine.working[12])).toEqual([0, 0]);
    store.getState().clickPerson(12);
    store.getState().step();
    expect(store.getState().lab.sides.map((s) => s.engine.working[12])).toEqual([1, 1]);
  });

  it('changes the outcome when a manager is knocked out', () => {
    const store = fresh();
    store.getState().clickPerson(12, true); // the last person's manager
    while (!store.getState().done) store.getState().step();
    const [hierarchy] = informed(store);
    expect(hierarchy).toBe(1);
  });

  it('keeps settings, seed and events the same on both sides after a change', () => {
    const store = fresh();
    store.getState().clickPerson(3, true);
    store.getState().setSetting('nodes', 60);
    const { lab, events, settings } = store.getState();
    expect(settings.nodes).toBe(60);
    expect(lab.sides.map((s) => s.network.graph.n)).toEqual([60, 60]);
    expect(events).toHaveLength(1);
    store.getState().step();
    expect(lab.sides.map((s) => s.engine.working[3])).toEqual([0, 0]);
  });

  it('drops events for people who no longer exist', () => {
    const store = fresh();
    store.getState().clickPerson(35, true);
    store.getState().setSetting('nodes', 20);
    expect(store.getState().events).toEqual([]);
  });
});
