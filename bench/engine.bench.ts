// `npm run bench`: how long one tick takes, as medians over repeated runs.
// Every figure is also given as a ratio to a baseline measured in the same
// run (a plain typed-array BFS over the same network), because the machines
// are shared and noisy: ratios travel between machines, seconds do not.
import { bfsDistances } from '../src/model/analysis.ts';
import { computeEquipotency } from '../src/model/equipotency.ts';
import { Lab } from '../src/model/lab.ts';
import { buildHierarchy, buildPeerNetwork, type Network } from '../src/model/networks/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../src/model/params.ts';
import { Memory } from '../src/model/memory.ts';
import { referenceBroadcast } from '../src/model/reference.ts';
import { runSeeds, seedsFrom } from '../src/model/runMany.ts';
import { sweepFail, sweepValues } from '../src/model/sweep.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median time of `work`, after one untimed run so the figures are of compiled code, not the JIT's warm-up. */
function time(repeats: number, work: () => void): number {
  work();
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * `work` against `baseline`, timed in turn (after one untimed run of each) so both see the same
 * moments of a shared machine: their medians, and the middle half of the per-turn ratios.
 */
function timePaired(repeats: number, baseline: () => void, work: () => void) {
  baseline();
  work();
  const base: number[] = [];
  const runs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    let start = performance.now();
    baseline();
    base.push(performance.now() - start);
    start = performance.now();
    work();
    runs.push(performance.now() - start);
  }
  const ratios = runs.map((t, r) => t / base[r]).sort((a, b) => a - b);
  const quartile = (q: number) => ratios[Math.floor(q * (ratios.length - 1))];
  return {
    base: median(base),
    run: median(runs),
    ratio: median(ratios),
    spread: [quartile(0.25), quartile(0.75)],
  };
}

interface Case {
  name: string;
  settings: Partial<Settings>;
  ticks: number;
}

const CASES: Case[] = [
  { name: 'flood, 1,000 people, capacity 1', settings: { nodes: 1000 }, ticks: 200 },
  { name: 'flood, 100,000 people, unlimited', settings: { nodes: 100000, capacity: Infinity }, ticks: 60 },
  { name: 'requests, 2,000 people, load 0.01', settings: { nodes: 2000, traffic: 'requests', load: 0.01, capacity: Infinity }, ticks: 50 },
  { name: 'gossip, 100,000 people, fanout 2', settings: { nodes: 100000, protocol: 'gossip', fanout: 2, capacity: Infinity }, ticks: 40 },
]; // prettier-ignore

const rows: string[] = [];
for (const c of CASES) {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...c.settings, maxTicks: c.ticks };
  // Networks are built once, outside the timing: this measures ticks.
  const networks = { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
  const graph = networks.p2p.graph;
  const baseline = time(7, () => bfsDistances(graph, 0));
  let ticksRun = 0;
  const perTick = time(5, () => {
    const lab = new Lab(settings, [], networks);
    lab.run();
    ticksRun = lab.tick;
  });
  const msPerTick = perTick / ticksRun;
  rows.push(
    `${c.name.padEnd(40)} ${msPerTick.toFixed(3).padStart(9)} ms/tick (both sides)  ` +
      `${(msPerTick / baseline).toFixed(2).padStart(7)}× one BFS (${baseline.toFixed(3)} ms)  over ${ticksRun} ticks`,
  );
}
console.log('median of 5 runs; baseline: median of 7 BFS passes over the same peer network\n');
console.log(rows.join('\n'));

// Issue 15's engine rows: whole computations, not per tick (a per-tick figure hides how many ticks
// a flood takes). A whole flood against one bare BFS over the same CSR per side (the least any
// flood must do: visit everyone once and look along every tie), and a busy run's ticks a second.
/** Runs of each whole row, each timed in turn with one bare BFS per side (`timePaired`). */
const WHOLE_RUNS = 11;
/**
 * A whole run of `settings` against one bare BFS per side over the same networks, timed in turn
 * (medians, ms, and the middle half of the per-turn ratios), each run handing its memory to the
 * next. `fresh`: also a first run on each network, on fresh memory (a network keeps the groups a
 * run found on it as built, so runs made again on it skip that search, as scrubbing back and
 * Reset do).
 */
function wholeRun(partial: Partial<Settings>, repeats: number, fresh = false) {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...partial };
  const networks = { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
  const bfs = () => {
    bfsDistances(networks.hierarchy.graph, 0);
    bfsDistances(networks.p2p.graph, 0);
  };
  let ticks = 0;
  // Runs made one after another hand their biggest arrays on (`Memory`), as Run many, Who starts
  // it and the CLI's runs do.
  const memory = new Memory();
  const again = timePaired(repeats, bfs, () => {
    const lab = new Lab(settings, [], networks, memory).run();
    ticks = lab.tick;
    lab.dispose();
  });
  // The same networks as new objects: nothing is kept with them yet.
  const anew = (network: Network): Network => ({ ...network, graph: { ...network.graph } });
  const first = fresh
    ? timePaired(repeats, bfs, () => {
        new Lab(settings, [], {
          hierarchy: anew(networks.hierarchy),
          p2p: anew(networks.p2p),
        }).run();
      })
    : null;
  return { ...again, first, ticks, settings, networks };
}
const spread = ([low, high]: number[]) =>
  `middle half of the turns ${low.toFixed(2)}–${high.toFixed(2)}×`;
const whole: string[] = [];
{
  const {
    run,
    base,
    ratio,
    spread: s,
    first,
    ticks,
  } = wholeRun({ nodes: 100000, degree: 10, capacity: Infinity, maxTicks: 1000 }, WHOLE_RUNS, true);
  whole.push(
    `whole flood, 100,000 people, small-world degree 10, unlimited capacity: ${run.toFixed(0)} ms ` +
      `over ${ticks} ticks = ${ratio.toFixed(2)}× one bare BFS per side (${base.toFixed(1)} ms for both; ${spread(s)}); ` +
      `the first run on a network ${first!.run.toFixed(0)} ms = ${first!.ratio.toFixed(2)}×`,
  );
}
for (const traffic of ['broadcast', 'requests'] as const) {
  // Requests are routed along a shortest path: a route search per request.
  const { run, ratio, ticks, settings, networks, first } = wholeRun(
    { nodes: 10000, capacity: 1, load: 0.01, traffic, maxTicks: 200 },
    5,
    traffic === 'broadcast',
  );
  whole.push(
    `capacity 1, ${traffic === 'requests' ? 'requests at ' : ''}load 0.01, 10,000 people: ${((1000 * ticks) / run).toFixed(0)} ticks/s, both sides ` +
      `(${(run / ticks).toFixed(2)} ms a tick = ${(ratio / ticks).toFixed(2)}× one bare BFS per side, over ${ticks} ticks)` +
      (first
        ? `; the first run, on fresh memory, ${((1000 * ticks) / first.run).toFixed(0)} ticks/s`
        : ''),
  );
  if (traffic === 'requests') continue;
  // The same ticks by the rules alone (`reference.ts`: queues and who-has-heard bits, no records
  // or counts), on the same networks and starts, timed in turn with the lab.
  const sides = new Lab(settings, [], networks).run().sides.map((side) => side.engine);
  const bare = () => {
    for (const { graph, messages } of sides)
      referenceBroadcast(graph, 1, messages.origin, messages.startTick, ticks);
  };
  const memory = new Memory();
  const paired = timePaired(5, bare, () => new Lab(settings, [], networks, memory).run().dispose());
  whole.push(
    `  the same ticks by the rules alone (reference.ts, no records): ${((1000 * ticks) / paired.base).toFixed(0)} ticks/s; ` +
      `the lab takes ${paired.ratio.toFixed(2)}× as long (${spread(paired.spread)})`,
  );
}
console.log(
  `\nwhole runs (medians of ${WHOLE_RUNS} turns, 5 for capacity 1; each turn also times one bare BFS per side over the same CSR, the baseline; a ratio is the median turn's):\n`,
);
console.log(whole.join('\n'));

// "Who starts it" and the timeline: whole computations a user waits for.
// Baseline: N BFS passes over the peer network (the least any all-starters
// computation must do), measured in the same run.
const waits: string[] = [];
for (const nodes of [40, 500]) {
  const settings: Settings = { ...DEFAULT_SETTINGS, nodes, capacity: Infinity };
  const networks = { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
  const graph = networks.p2p.graph;
  const baseline = time(5, () => {
    for (let v = 0; v < nodes; v++) bfsDistances(graph, v);
  });
  const all = time(3, () => computeEquipotency(settings, networks));
  waits.push(
    `who starts it, ${String(nodes).padStart(3)} people ${all.toFixed(1).padStart(9)} ms  ` +
      `${(all / baseline).toFixed(1).padStart(6)}× ${nodes} BFS passes (${baseline.toFixed(2)} ms)`,
  );
}
// Scrubbing back re-simulates from tick 0: the default lab, 40 ticks of requests under load.
{
  const settings: Settings = { ...DEFAULT_SETTINGS, traffic: 'requests', load: 0.05, maxTicks: 40 };
  const networks = { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
  const baseline = time(7, () => bfsDistances(networks.p2p.graph, 0));
  const rerun = time(7, () => new Lab(settings, [], networks).run());
  waits.push(
    `timeline: re-simulate 40 ticks, 40 people ${rerun.toFixed(2).padStart(6)} ms  ` +
      `${(rerun / baseline).toFixed(0).padStart(6)}× one BFS (${baseline.toFixed(4)} ms)`,
  );
}

// Relational dynamics: the same run with ties forming, fading and repairing, against itself with
// them off (the baseline), both measured here: the ratio is what adapting costs per tick.
{
  const base: Settings = {
    ...DEFAULT_SETTINGS,
    nodes: 10000,
    traffic: 'requests',
    load: 0.002,
    fail: 0.05,
    maxTicks: 150,
  };
  const networks = { hierarchy: buildHierarchy(base), p2p: buildPeerNetwork(base) };
  const perTick = (settings: Settings) => {
    let ticks = 0;
    const ms = time(5, () => {
      const lab = new Lab(settings, [], networks).run();
      ticks = lab.tick;
    });
    return ms / ticks;
  };
  const off = perTick(base);
  const on = perTick({ ...base, adapt: 'on' });
  waits.push(
    `adapt on, requests at 0.002, 10,000 people ${on.toFixed(2).padStart(6)} ms/tick  ` +
      `${(on / off).toFixed(2).padStart(5)}× adapt off (${off.toFixed(2)} ms/tick), 150 ticks`,
  );
}
// Run many: K = 100 seeds at 40 and 1,000 people, and the resilience sweep (3 ways × 19 shares ×
// 10 seeds) at 40 people, each on one thread here (the page spreads them over workers), as a
// ratio to one run of the same settings measured here.
{
  for (const nodes of [40, 1000]) {
    const settings: Settings = { ...DEFAULT_SETTINGS, nodes };
    const one = time(5, () => new Lab(settings).run());
    const many = time(3, () => {
      for (const _ of runSeeds(settings, [], null, seedsFrom(settings.seed, 100))) void _;
    });
    waits.push(
      `run many, K = 100, ${String(nodes).padStart(5)} people ${many.toFixed(0).padStart(6)} ms  ` +
        `${(many / one).toFixed(0).padStart(5)}× one run (${one.toFixed(2)} ms)`,
    );
  }
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const one = time(5, () => new Lab(settings).run());
  const sweep = time(3, () => {
    for (const failure of ['random', 'targeted', 'central'] as const)
      sweepFail({ ...settings, failure }, sweepValues(0, 0.9, 0.05), 10);
  });
  waits.push(
    `sweep, 3 × 19 × 10 runs, 40 people   ${sweep.toFixed(0).padStart(6)} ms  ` +
      `${(sweep / one).toFixed(0).padStart(5)}× one run (${one.toFixed(2)} ms)`,
  );
}
console.log('\nmedians (3–7 runs):\n');
console.log(waits.join('\n'));
