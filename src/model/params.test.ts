import { describe, expect, it } from 'vitest';
import { edgeCount } from './graph.ts';
import { buildPeerNetwork } from './networks/index.ts';
import { createRandom } from './random.ts';
import {
  DEFAULT_SETTINGS,
  PARAMS,
  formatValue,
  isLive,
  isRelevant,
  LIVE_SETTINGS,
  networkKey,
  specOf,
  type Settings,
} from './params.ts';
import { parseSettings, parseValue, settingsToQuery } from './settingsText.ts';

/** A random valid value for every setting. */
function randomSettings(seed: number): Settings {
  const r = createRandom(seed);
  const s = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const p of PARAMS) {
    if (p.type === 'enum') s[p.name] = p.options[r.int(p.options.length)];
    else if (p.type === 'source') s[p.name] = r.next() < 0.5 ? p.options[r.int(3)] : r.int(5);
    else if (p.unlimited && r.next() < 0.2) s[p.name] = Infinity;
    else {
      const x = p.min + r.next() * (Math.min(p.max, 1000) - p.min);
      s[p.name] = p.type === 'int' ? Math.round(x) : Math.round(x * 1000) / 1000;
    }
  }
  s.nodes = Math.max(s.nodes as number, 200);
  return s as unknown as Settings;
}

describe('facts kept on each schema entry', () => {
  it('marks exactly capacity, load, loss, distortion and the relational dynamics as live', () => {
    expect([...LIVE_SETTINGS].sort()).toEqual([
      'adapt',
      'bond',
      'capacity',
      'distortion',
      'fade',
      'load',
      'loss',
      'reorg',
      'repair',
    ]);
    expect(isLive('capacity')).toBe(true);
    expect(isLive('nodes')).toBe(false);
  });

  it('rebuilds the networks only for settings that shape them', () => {
    const key = networkKey(DEFAULT_SETTINGS);
    const shaping = PARAMS.filter(
      (p) => networkKey({ ...DEFAULT_SETTINGS, [p.name]: changed(p.name) }) !== key,
    );
    expect(shaping.map((p) => p.name)).toEqual([
      'nodes',
      'span',
      'hierarchy',
      'p2p',
      'degree',
      'rewire',
      'communities',
      'cross',
      'seed',
    ]);
  });

  it('fixes the structure, not the ties per person or the seed, while an org chart is loaded', () => {
    expect(PARAMS.filter((p) => p.orgFixed).map((p) => p.name)).toEqual([
      'nodes',
      'span',
      'hierarchy',
      'p2p',
      'rewire',
      'communities',
    ]);
  });

  it('shows refinements only when the choice they refine is made', () => {
    const gossip = { ...DEFAULT_SETTINGS, protocol: 'gossip' as const };
    expect(isRelevant(specOf('fanout'), DEFAULT_SETTINGS)).toBe(false);
    expect(isRelevant(specOf('fanout'), gossip)).toBe(true);
    expect(isRelevant(specOf('rewire'), DEFAULT_SETTINGS)).toBe(true);
    expect(isRelevant(specOf('rewire'), { ...DEFAULT_SETTINGS, p2p: 'random' })).toBe(false);
    expect(isRelevant(specOf('failure'), DEFAULT_SETTINGS)).toBe(false);
    expect(isRelevant(specOf('failure'), { ...DEFAULT_SETTINGS, fail: 0.1 })).toBe(true);
  });
});

/** Some other valid value for a setting. */
function changed(name: keyof Settings): Settings[keyof Settings] {
  const spec = specOf(name);
  if (spec.type === 'enum')
    return spec.options.find((o) => o !== spec.default) as Settings[keyof Settings];
  if (spec.type === 'source') return 'top';
  return spec.default === spec.max ? spec.min : spec.max;
}

describe('the settings schema', () => {
  it('gives every setting a unique URL key and CLI flag', () => {
    expect(new Set(PARAMS.map((p) => p.url)).size).toBe(PARAMS.length);
    expect(new Set(PARAMS.map((p) => p.cli)).size).toBe(PARAMS.length);
  });

  it('keeps the public short keys', () => {
    const keys = Object.fromEntries(PARAMS.map((p) => [p.name, p.url]));
    expect(keys).toMatchObject({
      nodes: 'n', span: 'span', hierarchy: 'h', p2p: 'p2p', degree: 'degree', rewire: 'rewire',
      communities: 'comm', capacity: 'cap', protocol: 'proto', fanout: 'fanout', traffic: 'traffic',
      load: 'load', loss: 'loss', distortion: 'distort', fail: 'fail', failure: 'failure',
      source: 'src', seed: 'seed',
    }); // prettier-ignore
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      nodes: 40, span: 3, p2p: 'small-world', degree: 4, rewire: 0.1, capacity: 1,
      protocol: 'flood', loss: 0, distortion: 0, fail: 0, source: 'leaf', seed: 1,
    }); // prettier-ignore
  });

  it('round-trips any valid settings through the URL form', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const settings = randomSettings(seed);
      const query = new URLSearchParams(settingsToQuery(settings));
      const { settings: back, problems } = parseSettings(query, 'url');
      expect(problems.filter((p) => !p.note)).toEqual([]);
      expect(back).toEqual(settings);
    }
  });

  it('writes only what differs from the defaults', () => {
    expect(settingsToQuery(DEFAULT_SETTINGS)).toEqual([]);
    expect(settingsToQuery({ ...DEFAULT_SETTINGS, capacity: Infinity, nodes: 60 })).toEqual([
      ['n', '60'],
      ['cap', 'inf'],
    ]);
  });

  it('falls back to the default for each bad value and names it', () => {
    const { settings, problems } = parseSettings(
      new URLSearchParams('n=abc&cap=-1&p2p=mesh&seed=7&zoom=3'),
      'url',
    );
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, seed: 7 });
    expect(problems.map((p) => p.key)).toEqual(['n', 'cap', 'p2p', 'zoom']);
    expect(problems[0].message).toBe('n="abc" is not a whole number from 2 to 100000; using 40');
    expect(problems[3].message).toContain('unknown setting “zoom”');
  });

  it('skips keys the page handles itself', () => {
    const { problems } = parseSettings(new URLSearchParams('embed=1&n=30'), 'url', ['embed']);
    expect(problems).toEqual([]);
  });

  it('settles clashes between valid values and says so', () => {
    const { settings, problems } = parseSettings(new URLSearchParams('n=5&degree=8&src=9'), 'url');
    expect(settings.degree).toBe(4);
    expect(settings.source).toBe('leaf');
    expect(problems.map((p) => p.key)).toEqual(['degree', 'src']);
  });

  it('reads unlimited as inf and writes it back the same way', () => {
    const cap = PARAMS.find((p) => p.name === 'capacity')!;
    expect(parseValue(cap, 'inf')).toEqual({ ok: true, value: Infinity });
    expect(parseValue(cap, '∞')).toEqual({ ok: true, value: Infinity });
    expect(parseValue(cap, '2.5')).toMatchObject({ ok: false });
    expect(formatValue(Infinity)).toBe('inf');
  });
});

describe('ties per person', () => {
  it('keeps an odd value for a ring or preferential attachment, and says how many ties it makes', () => {
    for (const p2p of ['small-world', 'scale-free'] as const) {
      const { settings, problems } = parseSettings(
        new URLSearchParams(`p2p=${p2p}&degree=3&n=200`),
        'url',
      );
      expect(settings.degree).toBe(3);
      expect(problems).toHaveLength(1);
      expect(problems[0].note).toBe(true);
      expect(problems[0].message).toContain('makes about 2 per person');
      const graph = buildPeerNetwork(settings).graph;
      const mean = (2 * edgeCount(graph)) / graph.n;
      expect(Math.abs(mean - 2)).toBeLessThan(0.1);
    }
    // Random networks honour any mean, so nothing is said.
    expect(parseSettings(new URLSearchParams('p2p=random&degree=3'), 'url').problems).toEqual([]);
  });
});
