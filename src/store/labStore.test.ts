import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import {
  isOut,
  selectControls,
  selectEffectiveSettings,
  selectStatusLine,
  selectSummaries,
} from './selectors.ts';
import { createLabStore } from './labStore.ts';

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
    expect(store.getState().lab.sides.map((s) => s.engine.first.tickOf(0))).toEqual([0, 0]);
  });

  it('injects a second message mid-run on both sides', () => {
    const store = fresh();
    store.getState().step();
    store.getState().clickPerson(5);
    expect(store.getState().events).toEqual([{ tick: 2, type: 'start', node: 5 }]);
    store.getState().step();
    expect(store.getState().lab.sides.map((s) => s.engine.messages.count)).toEqual([2, 2]);
    expect(store.getState().lab.sides.map((s) => s.engine.messages.origin[1])).toEqual([5, 5]);
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

const series = (store: ReturnType<typeof fresh>) =>
  store.getState().lab.sides.map((s) => s.series.slice());

describe('the timeline', () => {
  const played = (ticks: number) => {
    const store = createLabStore({
      settings: { ...DEFAULT_SETTINGS, traffic: 'requests', load: 0.03, maxTicks: 30 },
    });
    for (let i = 0; i < ticks; i++) store.getState().step();
    return store;
  };

  it('scrubbing back shows exactly the earlier state, and forward again the later one', () => {
    const store = played(12);
    const full = series(store);
    const head = store.getState().head;
    store.getState().seek(4);
    expect(store.getState().tick).toBe(4);
    expect(store.getState().horizon).toBe(12);
    expect(series(store)).toEqual(full.map((s) => s.slice(0, 5)));
    store.getState().seek(8);
    expect(series(store)).toEqual(full.map((s) => s.slice(0, 9)));
    store.getState().seek(12);
    expect(store.getState().lab).toBe(head);
  });

  it('stepping from an earlier tick replays the same future and catches up with it', () => {
    const store = played(10);
    const full = series(store);
    const head = store.getState().head;
    store.getState().seek(6);
    for (let i = 0; i < 4; i++) store.getState().step();
    expect(store.getState().lab).toBe(head);
    expect(series(store)).toEqual(full);
    store.getState().stepBack();
    expect(store.getState().tick).toBe(9);
  });

  it('a change at an earlier tick forks: the old future and its events are gone', () => {
    const store = played(3);
    store.getState().clickPerson(12, true); // knocked out at tick 4
    for (let i = 0; i < 6; i++) store.getState().step();
    store.getState().seek(2);
    store.getState().clickPerson(20, true);
    const { events, horizon, tick, forkedAt } = store.getState();
    expect(events).toEqual([{ tick: 3, type: 'fail', node: 20 }]);
    expect([tick, horizon, forkedAt]).toEqual([2, 2, 2]);
    store.getState().step();
    store.getState().step();
    const working = store
      .getState()
      .lab.sides.map((s) => [s.engine.working[12], s.engine.working[20]]);
    expect(working).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it('a live setting changed mid-run applies from the next tick and forks there', () => {
    const store = played(8);
    store.getState().seek(5);
    store.getState().setSetting('capacity', 4);
    const state = store.getState();
    expect(state.events).toEqual([{ tick: 6, type: 'set', key: 'capacity', value: 4 }]);
    expect(state.settings.capacity).toBe(1);
    expect(selectEffectiveSettings(state).capacity).toBe(4);
    expect(state.horizon).toBe(5);
    store.getState().setSetting('capacity', 6);
    expect(store.getState().events).toEqual([{ tick: 6, type: 'set', key: 'capacity', value: 6 }]);
    store.getState().step();
    expect(store.getState().lab.sides.map((s) => s.engine.options.capacity)).toEqual([6, 6]);
  });

  it('a structural setting restarts the run from tick 0', () => {
    const store = played(5);
    store.getState().setSetting('degree', 6);
    expect([store.getState().tick, store.getState().horizon]).toEqual([0, 0]);
  });
});

describe('state you can subscribe to', () => {
  it('publishes a new version with every tick, though the lab itself is mutated in place', () => {
    const store = fresh();
    const seen: number[] = [];
    store.subscribe((state) => seen.push(state.version));
    const { lab } = store.getState();
    store.getState().step();
    store.getState().step();
    expect(store.getState().lab).toBe(lab);
    expect(new Set(seen).size).toBe(2);
  });

  it('computes derived data once per tick, and keeps answers that did not change', () => {
    const store = fresh();
    const summaries = selectSummaries(store.getState());
    const controls = selectControls(store.getState());
    store.getState().hover(3);
    expect(selectSummaries(store.getState())).toBe(summaries);
    store.getState().step();
    const next = selectSummaries(store.getState());
    expect(next).not.toBe(summaries);
    expect(next.hierarchy.informed).toBe(store.getState().lab.summary('hierarchy').informed);
    // Nothing about the settings changed with the tick: the controls' answer is the same object.
    expect(selectControls(store.getState())).toBe(controls);
    expect(selectStatusLine(store.getState())).toBe(
      'Tick 1 — Hierarchy 2 of 40 informed, Peer-to-peer 2 of 40 informed',
    );
  });

  it('lets two stores on one page run independently', () => {
    const a = fresh();
    const b = createLabStore({ settings: { ...DEFAULT_SETTINGS, nodes: 25 } });
    a.getState().step();
    expect(selectStatusLine(b.getState())).toContain('Tick 0 — Hierarchy 1 of 25');
    expect(selectStatusLine(a.getState())).toContain('Tick 1 — Hierarchy 2 of 40');
    expect(selectSummaries(b.getState()).p2p.reachable).toBe(25);
    expect(selectSummaries(a.getState()).p2p.reachable).toBe(40);
  });
});

describe('importing through actions', () => {
  const example = readFileSync(new URL('../../public/example-org.csv', import.meta.url), 'utf8');

  it('reads a file, guesses its columns, and imports on confirm', () => {
    const store = fresh();
    store.getState().readImportText('example-org.csv', example);
    expect(store.getState().importDraft.file?.rows.length).toBe(46);
    expect(store.getState().org).toBe(null);
    expect(store.getState().confirmImport()).toBe(true);
    expect(store.getState().org?.ids.length).toBe(45);
    expect(store.getState().settings.nodes).toBe(45);
    expect(store.getState().notices).toEqual(['Imported 45 people from example-org.csv.']);
    expect(store.getState().importDraft.file).toBe(null);
  });

  it('names what is wrong by file and line, and keeps the lab as it was', () => {
    const store = fresh();
    store.getState().step();
    store.getState().readImportText('bad.csv', 'id,name,manager\na,A,\nb,B,zz\n');
    expect(store.getState().confirmImport()).toBe(false);
    expect(store.getState().importDraft.errors).toEqual([
      'bad.csv: Line 3: the manager “zz” is not an id in the file.',
    ]);
    expect(store.getState().org).toBe(null);
    expect(store.getState().tick).toBe(1);
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
    expect(store.getState().readImportFile('utf16.csv', bytes, 'org')).toBe(false);
    expect(store.getState().importDraft.errors[0]).toMatch(/^utf16\.csv: The file is not UTF-8/);
  });
});
