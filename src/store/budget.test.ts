import { describe, expect, it } from 'vitest';
import { stateFromUrl } from './url.ts';
import {
  CLI_LIMITS,
  fitBudget,
  MAX_PAIR_VISITS,
  MAX_TIES,
  PAGE_LIMITS,
  peerTies,
  tickMs,
} from '../model/budget.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';

// Heavy links from the probe of issue 14, each trimmed before anything is built, with a note that
// names the setting and says what would work. Within the budgets nothing changes.

describe('budgets, said up front', () => {
  it('a complete network of 100,000 people is trimmed to one that fits, and says so', () => {
    const state = stateFromUrl('p2p=complete&n=100000');
    expect(peerTies(state.settings)).toBeLessThanOrEqual(MAX_TIES);
    expect(state.settings.nodes).toBe(2449);
    expect(state.notices).toEqual([
      'p2p=complete with n=100,000 would need 4,999,950,000 ties; the lab holds at most 3,000,000 per side, so n is 2,449 here (a complete network of up to 2,449 people works).',
    ]);
  });

  it('one community of 30,000 people with 100 ties each is trimmed, not looked at pair by pair', () => {
    const state = stateFromUrl('p2p=communities&comm=1&degree=100&n=30000');
    const { nodes, communities } = state.settings;
    expect((nodes * nodes) / (2 * communities)).toBeLessThanOrEqual(MAX_PAIR_VISITS);
    expect(state.notices.join(' ')).toContain('p2p=communities with n=30,000 and comm=1');
  });

  it('the most in-between people are not looked for among 20,000 (the best connected are)', () => {
    const state = stateFromUrl('fail=0.5&failure=central&n=20000');
    expect(state.settings.failure).toBe('targeted');
    expect(state.settings.nodes).toBe(20000);
    expect(state.notices[0]).toMatch(/^failure=central with n=20,000 would take too long/);
    // A workshop-sized org keeps its choice.
    expect(stateFromUrl('fail=0.5&failure=central&n=400').settings.failure).toBe('central');
  });

  it('a replay to tick 100,000 under full load stops at a tick it can reach, and names it', () => {
    const state = stateFromUrl('n=2000&traffic=requests&load=1&maxt=100000&t=100000');
    expect(state.tick).toBeGreaterThan(0);
    expect(state.tick).toBeLessThan(100000);
    expect(tickMs(state.settings) * state.tick).toBeLessThanOrEqual(PAGE_LIMITS.replayMs);
    expect(state.notices).toEqual([
      expect.stringMatching(
        /^load=1 with n=2,000 would take about [\d,]+ ms a tick, too long for the page to keep answering; load is 0\.\d+ here\.$/,
      ),
      expect.stringMatching(
        /^t=100,000 with these settings would take about [\d.,]+ minutes to replay; showing tick [\d,]+ — step on from there\.$/,
      ),
    ]);
  });

  it('a load whose every tick would stall the page is lowered, in the run and in its later changes', () => {
    const state = stateFromUrl('n=20000&load=0.5&ev=5-load-0.9');
    expect(tickMs(state.settings)).toBeLessThanOrEqual(PAGE_LIMITS.tickMs);
    expect(state.settings.load).toBeGreaterThan(0);
    expect(state.settings.load).toBeLessThan(0.5);
    const set = state.events.find((e) => e.type === 'set');
    expect(set).toMatchObject({ tick: 5, key: 'load', value: state.settings.load });
    expect(state.notices).toEqual([
      expect.stringMatching(/^load=0\.9 with n=20,000 would take about [\d,]+ ms a tick/),
    ]);
    // The CLI has all the time it needs.
    expect(fitBudget({ ...state.settings, load: 0.5 }, 0, CLI_LIMITS).notes).toEqual([]);
  });

  it('knocking out the most in-between people mid-run is left to small networks', () => {
    const big = stateFromUrl('n=20000&ev=3-bridge-5-p2p');
    expect(big.events).toEqual([
      { tick: 3, type: 'knock-most', count: 5, by: 'ties', side: 'p2p' },
    ]);
    expect(big.notices[0]).toMatch(/^Knocking out the most in-between people among 20,000/);
    const small = stateFromUrl('n=300&ev=3-bridge-5-p2p');
    expect(small.events[0]).toMatchObject({ by: 'between' });
    expect(small.notices).toEqual([]);
  });

  it('too many ties per person for 100,000 people lowers the ties per person', () => {
    const fitted = fitBudget({ ...DEFAULT_SETTINGS, nodes: 100000, degree: 100, p2p: 'random' }, 0);
    expect(fitted.settings.degree).toBe(60);
    expect(fitted.notes.map((n) => n.key)).toEqual(['degree']);
  });

  it('changes nothing for what fits: every scene, the defaults, 10,000 people', () => {
    expect(fitBudget(DEFAULT_SETTINGS, 0).notes).toEqual([]);
    const big = { ...DEFAULT_SETTINGS, nodes: 10000 };
    expect(fitBudget(big, 50)).toEqual({ settings: big, tick: 50, events: [], notes: [] });
    for (const scene of ['bottlenecks', 'hydra', 'relational-dynamics', 'survival'])
      expect(stateFromUrl(`scene=${scene}&t=60`).notices).toEqual([]);
  });
});
