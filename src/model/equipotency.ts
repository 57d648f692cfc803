import { Lab, SIDES, type LabNetworks } from './lab.ts';
import { Memory } from './memory.ts';
import { ticksToShare } from './metrics.ts';
import { buildHierarchy, buildPeerNetwork } from './networks/index.ts';
import type { Settings } from './params.ts';

/** Reach times from every possible starter on one side; -1 where that share was never reached. */
export interface StarterTimes {
  to90: Int32Array;
  to100: Int32Array;
}

export interface EquipotencyResult {
  hierarchy: StarterTimes;
  p2p: StarterTimes;
}

/**
 * The question asked of every starter: one broadcast, nothing else going on.
 * Continuous load and requests would measure the traffic, not who starts.
 */
export function equipotencySettings(settings: Settings): Settings {
  return { ...settings, traffic: 'broadcast', load: 0 };
}

/** Runs the first message from `source` until both sides have reached everyone they can, or it dies out. */
function reachFrom(
  settings: Settings,
  networks: LabNetworks,
  source: number,
  memory: Memory,
): Array<{ to90: number | null; to100: number | null }> {
  const lab = new Lab({ ...equipotencySettings(settings), source }, [], networks, memory);
  const reachedAll = () =>
    lab.sides.every((s) => {
      const last = s.series[s.series.length - 1];
      return last && last.reachable > 0 && last.informedReachable >= last.reachable;
    });
  while (!lab.done && !reachedAll()) lab.step();
  const times = lab.sides.map((s) => ({
    to90: ticksToShare(s.series, 0.9),
    to100: ticksToShare(s.series, 1),
  }));
  lab.dispose();
  return times;
}

/**
 * Reach times from every person as the starter, on both sides. A generator,
 * so a worker can report progress and stop between starters; the result is
 * the generator's return value.
 */
export function* equipotency(
  settings: Settings,
  networks: LabNetworks = { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) },
): Generator<number, EquipotencyResult> {
  const n = settings.nodes;
  const blank = (): StarterTimes => ({ to90: new Int32Array(n), to100: new Int32Array(n) });
  const result: EquipotencyResult = { hierarchy: blank(), p2p: blank() };
  // One run after another: each hands its biggest arrays to the next.
  const memory = new Memory();
  for (let v = 0; v < n; v++) {
    const reach = reachFrom(settings, networks, v, memory);
    SIDES.forEach((name, i) => {
      result[name].to90[v] = reach[i].to90 ?? -1;
      result[name].to100[v] = reach[i].to100 ?? -1;
    });
    yield v + 1;
  }
  return result;
}

/** Runs the generator to the end. */
export function computeEquipotency(settings: Settings, networks?: LabNetworks): EquipotencyResult {
  const run = equipotency(settings, networks);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}
