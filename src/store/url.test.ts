import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../model/events.ts';
import {
  DEFAULT_SETTINGS,
  LIVE_SETTINGS,
  PARAMS,
  specOf,
  type LiveSetting,
  type Settings,
} from '../model/params.ts';
import { SCENES } from '../scenes/scenes.ts';
import { createLabStore } from './labStore.ts';
import { selectQuery, selectStatusLine } from './selectors.ts';
import { fitBudget } from '../model/budget.ts';
import { parseOrgChart, type OrgChart } from '../model/networks/orgChart/index.ts';
import {
  encodeEvents,
  orgFitsUrl,
  parseEvents,
  stateFromUrl,
  stateToQuery,
  URL_VERSION,
} from './url.ts';

/** Any valid settings, drawn from the schema itself. */
const settingsArb: fc.Arbitrary<Settings> = fc
  .record(
    Object.fromEntries(
      PARAMS.map((spec) => {
        let arb: fc.Arbitrary<unknown>;
        if (spec.type === 'enum') arb = fc.constantFrom(...spec.options);
        else if (spec.type === 'source')
          arb = fc.oneof(fc.constantFrom(...spec.options), fc.integer({ min: 0, max: 39 }));
        else if (spec.type === 'int') {
          const ints = fc.integer({ min: spec.min, max: Math.min(spec.max, 200) });
          arb = spec.unlimited ? fc.oneof(ints, fc.constant(Infinity)) : ints;
        } else
          arb = fc
            .double({ min: spec.min, max: spec.max, noNaN: true })
            .map((x) => Math.round(x * 1000) / 1000)
            .filter((x) => x >= spec.min && x <= spec.max);
        return [spec.name, arb];
      }),
    ) as { [K in keyof Settings]: fc.Arbitrary<Settings[K]> },
  )
  .map((s) => ({
    ...s,
    nodes: Math.max(s.nodes, 41),
    degree: Math.min(s.degree, 40),
    communities: Math.min(s.communities, 41),
  }));

const eventArb = (people: number): fc.Arbitrary<LabEvent> =>
  fc.oneof(
    fc.record({
      tick: fc.integer({ min: 0, max: 500 }),
      type: fc.constantFrom('fail' as const, 'restore' as const, 'start' as const),
      node: fc.integer({ min: 0, max: people - 1 }),
    }),
    fc.record({
      tick: fc.integer({ min: 0, max: 500 }),
      type: fc.constant('start' as const),
      node: fc.integer({ min: 0, max: people - 1 }),
      to: fc.integer({ min: 0, max: people - 1 }),
    }),
    fc.record({
      tick: fc.integer({ min: 0, max: 500 }),
      type: fc.constant('knock-most' as const),
      count: fc.integer({ min: 1, max: people }),
      by: fc.constantFrom('ties' as const, 'between' as const),
      side: fc.constantFrom('hierarchy' as const, 'p2p' as const),
    }),
    fc
      .tuple(fc.integer({ min: 0, max: 500 }), fc.constantFrom(...LIVE_SETTINGS), fc.nat())
      .map(([tick, key, pick]) => {
        // Any value the schema allows for that key: an option, an end of its range, its default, inf.
        const spec = specOf(key);
        const values: Array<Settings[LiveSetting]> =
          spec.type === 'enum'
            ? ([...spec.options] as Array<Settings[LiveSetting]>)
            : spec.type === 'source'
              ? []
              : [spec.min, spec.max, spec.default as number, ...(spec.unlimited ? [Infinity] : [])];
        return { tick, type: 'set' as const, key, value: values[pick % values.length] };
      }),
  );

describe('the URL is the state', () => {
  it('round-trips any settings, scene, events and tick', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.option(fc.constantFrom(...SCENES.map((s) => s.id)), { nil: null }),
        fc.array(eventArb(41), { maxLength: 8 }),
        fc.integer({ min: 0, max: 50 }),
        (settings, scene, events, tick) => {
          const state = { settings, scene, events, tick: Math.min(tick, settings.maxTicks) };
          // Within the budgets (what is beyond them is trimmed on purpose: budget.test.ts).
          fc.pre(fitBudget(settings, state.tick, undefined, events).notes.length === 0);
          const back = stateFromUrl(stateToQuery(state));
          // Notes explain a kept value (odd ties per person in a ring); nothing may be ignored.
          expect(back.notices.filter((n) => n.startsWith('Ignored'))).toEqual([]);
          expect(back.settings).toEqual(settings);
          expect(back.scene).toBe(scene);
          expect(encodeEvents(back.events)).toBe(encodeEvents(events));
          expect(back.tick).toBe(state.tick);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on any query: every value is either used or named', () => {
    const keys = ['n', 'cap', 'ev', 't', 'v', 'scene', 'src', 'p2p', 'load', 'zzz', ''];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 30 })), {
          maxLength: 6,
        }),
        (pairs) => {
          const state = stateFromUrl(new URLSearchParams(pairs).toString());
          expect(state.settings.nodes).toBeGreaterThanOrEqual(2);
          for (const e of state.events)
            if ('node' in e) expect(e.node).toBeLessThan(state.settings.nodes);
          expect(state.tick).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('names bad events and keeps the good ones', () => {
    const { events, problems } = parseEvents('3-f-12_x_4-s-99_5-cap-0_6-cap-inf_7-s-5-9', 40);
    expect(events).toEqual([
      { tick: 3, type: 'fail', node: 12 },
      { tick: 6, type: 'set', key: 'capacity', value: Infinity },
      { tick: 7, type: 'start', node: 5, to: 9 },
    ]);
    expect(problems).toEqual([
      'event “x” in ev: it must start with a tick (a whole number)',
      'event “4-s-99” in ev: people are ids from 0 to 39',
      'event “5-cap-0” in ev: cap must be a whole number from 1 to 1000, or inf',
    ]);
  });

  it('writes only what differs, with the version, and keeps embedding keys', () => {
    const query = stateToQuery(
      {
        settings: { ...DEFAULT_SETTINGS, capacity: 3 },
        scene: null,
        events: [{ tick: 2, type: 'fail', node: 7 }],
        tick: 5,
      },
      new URLSearchParams('embed=1&autoplay=1&n=99'),
    );
    expect(query).toBe('v=1&cap=3&ev=2-f-7&t=5&embed=1&autoplay=1');
    expect(
      stateToQuery({
        settings: stateFromUrl('scene=hydra').settings,
        scene: 'hydra',
        events: stateFromUrl('scene=hydra').events,
        tick: 0,
      }),
    ).toBe('v=1&scene=hydra');
  });

  it('says when a link comes from a newer version, and still opens it', () => {
    const state = stateFromUrl(`v=${URL_VERSION + 1}&n=30`);
    expect(state.notices[0]).toMatch(/newer version of the lab \(v=2; this is v=1\)/);
    expect(state.settings.nodes).toBe(30);
  });

  it('opening a link replays the same run to the same tick', () => {
    const store = createLabStore({
      settings: { ...DEFAULT_SETTINGS, traffic: 'requests', load: 0.05 },
    });
    for (let i = 0; i < 6; i++) store.getState().step();
    store.getState().clickPerson(3, true);
    for (let i = 0; i < 5; i++) store.getState().step();
    store.getState().setSetting('capacity', 2);
    for (let i = 0; i < 4; i++) store.getState().step();
    const { settings, scene, events, tick } = store.getState();
    const reopened = createLabStore(stateFromUrl(stateToQuery({ settings, scene, events, tick })));
    expect(reopened.getState().tick).toBe(15);
    expect(reopened.getState().lab.sides.map((s) => s.series)).toEqual(
      store.getState().lab.sides.map((s) => s.series),
    );
  });
});

describe('an imported org chart in the URL', () => {
  const orgOf = (people: number, name = (i: number) => `Person ${i}`) => {
    const lines = ['id,name,manager', `p0,${name(0)},`];
    for (let i = 1; i < people; i++) lines.push(`p${i},${name(i)},p${Math.floor((i - 1) / 4)}`);
    const parsed = parseOrgChart(lines.join('\n'));
    if (!parsed.ok) throw new Error(parsed.errors.join());
    return parsed.value;
  };
  const queryOf = (org: OrgChart) =>
    stateToQuery({
      settings: { ...DEFAULT_SETTINGS, nodes: org.ids.length },
      scene: null,
      events: [],
      tick: 0,
      org,
    });

  it('travels in the link while small, and comes back the same', () => {
    const org = orgOf(40, (i) => (i === 3 ? '"Zoë, & <b>co</b>"' : `Person ${i}`));
    expect(orgFitsUrl(org)).toBe(true);
    const back = stateFromUrl(queryOf(org));
    expect(back.notices).toEqual([]);
    expect(back.org).toEqual(org);
    expect(back.org!.names[3]).toBe('Zoë, & <b>co</b>');
  });

  it('decides the number of people before anything is checked against it', () => {
    // A two-person org: no notices about the default 40 people, and its own size.
    const two = stateFromUrl(queryOf(orgOf(2)));
    expect(two.settings.nodes).toBe(2);
    expect(two.notices.join(' ')).not.toMatch(/39|40/);
    expect(two.notices.join(' ')).toMatch(/people − 1 \(1\)/);
    // The Hydra's scripted knock-outs name people up to 31: with five people those are dropped.
    const hydra = stateFromUrl(`scene=hydra&${queryOf(orgOf(5))}`);
    expect(hydra.settings.nodes).toBe(5);
    for (const e of hydra.events) if ('node' in e) expect(e.node).toBeLessThan(5);
    expect(hydra.events.some((e) => e.type === 'fail' && e.node === 0)).toBe(true);
  });

  it('turns away an org of one person (an organization needs two)', () => {
    const lone = stateFromUrl('org=' + encodeURIComponent('[["a"],["A"],[-1]]'));
    expect(lone.org).toBeNull();
    expect(lone.notices).toEqual([
      'Ignored org: it holds 1 person; an organization needs at least 2.',
    ]);
  });

  it('stays out of the link when too large', () => {
    const org = orgOf(600);
    expect(orgFitsUrl(org)).toBe(false);
    expect(new URLSearchParams(queryOf(org)).has('org')).toBe(false);
  });

  it('a damaged org in a link is named, never thrown', () => {
    expect(stateFromUrl('org=%5B1%2C2').notices).toEqual([
      'Ignored org: The org chart in the link is damaged (not JSON).',
    ]);
    expect(
      stateFromUrl('org=' + encodeURIComponent('[["a","b"],["A","B"],[-1,1]]')).notices,
    ).toEqual(['Ignored org: Line 3: “b” is their own manager.']);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const state = stateFromUrl(new URLSearchParams({ org: text }).toString());
        expect(state.org === null || state.org.manager[0] === -1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the language in the URL', () => {
  it('is read, kept in links, and a bad one is named', () => {
    expect(stateFromUrl('lang=de').lang).toBe('de');
    expect(stateFromUrl('n=50').lang).toBeNull();
    expect(stateFromUrl('lang=xx').notices).toEqual([
      'Ignored lang="xx": the lab speaks en, de, es, fr.',
    ]);
    const state = stateFromUrl('lang=fr&n=50');
    const query = new URLSearchParams(stateToQuery({ ...state }));
    expect(query.get('lang')).toBe('fr');
    expect(query.get('n')).toBe('50');
    // Without a choice the link says nothing, so whoever opens it gets their own language.
    expect(new URLSearchParams(stateToQuery(stateFromUrl('n=50'))).has('lang')).toBe(false);
  });

  it('switches every sentence the store writes, and back', async () => {
    const store = createLabStore(stateFromUrl('n=20'));
    expect(selectStatusLine(store.getState())).toMatch(/^Tick 0 — Hierarchy 1 of 20 informed/);
    await store.getState().setLanguage('es');
    expect(store.getState().langChoice).toBe('es');
    expect(selectStatusLine(store.getState())).toMatch(/^Ciclo 0 — Jerarquía: 1 de 20 informados/);
    expect(new URLSearchParams(selectQuery(store.getState())).get('lang')).toBe('es');
    await store.getState().setLanguage('en');
    expect(selectStatusLine(store.getState())).toMatch(/^Tick 0 — Hierarchy/);
  });
});

describe('notices stay readable', () => {
  it('groups thousands of bad events or unknown keys into one line, without a stack overflow', () => {
    const events = Array.from({ length: 150000 }, (_, i) => `x${i}`).join('_');
    const manyEvents = stateFromUrl(`ev=${events}`);
    expect(manyEvents.notices).toHaveLength(1);
    expect(manyEvents.notices[0]).toMatch(
      /^150,000 events ignored\. The first three: Ignored event “x0”/,
    );
    const keys = Array.from({ length: 150000 }, (_, i) => `k${i}=1`).join('&');
    const manyKeys = stateFromUrl(keys);
    expect(manyKeys.notices).toHaveLength(1);
    expect(manyKeys.notices[0]).toMatch(
      /^150,000 settings ignored\. The first three: Ignored unknown setting “k0”/,
    );
    // Three or fewer are each named on their own.
    expect(stateFromUrl('ev=a_b_c').notices).toHaveLength(3);
  });
});
