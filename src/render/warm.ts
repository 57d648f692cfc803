import { fitToPanel, medianGap } from './fit.ts';
import { crowdedTeams } from './tieStrokes.ts';

const PEOPLE = 2_000;
const ROUNDS = 10;

/**
 * Runs what the first picture of a very big network goes through — fitting people to the panel,
 * their typical spacing, which teams stand too close to draw — on a small made-up chart, a few
 * times, while the page still waits for the layout. The browser then has that code compiled when
 * it meets 100,000 people, instead of running it slowly for the first time in one frame (about
 * three times as long, measured in Node: `Grid` over 100,000 people 11 ms cold, 3 ms warm).
 */
export function warmUp(rounds = ROUNDS): void {
  const x = new Float32Array(PEOPLE);
  const y = new Float32Array(PEOPLE);
  const manager = new Int32Array(PEOPLE);
  for (let v = 0; v < PEOPLE; v++) {
    // An org chart's rows, spread evenly along each (no randomness needed: any spread will do).
    x[v] = ((v * 0.618034) % 1) * 1000;
    y[v] = Math.floor(Math.log2(v + 1)) * 40;
    manager[v] = v === 0 ? -1 : (v - 1) >> 1;
  }
  for (let round = 0; round < rounds; round++) {
    const placed = fitToPanel({ x, y }, PEOPLE, 640 + round, 480, round % 2 === 0);
    medianGap(placed.x, placed.y, PEOPLE);
    crowdedTeams(manager, { x: placed.x, crowdedBelow: 3 });
  }
}

let warmed = false;

/** `warmUp` once per page, a round per task (each a few ms) so that it keeps nothing waiting. */
export function warmUpOnce(): void {
  if (warmed) return;
  warmed = true;
  let left = ROUNDS;
  const round = () => {
    warmUp(1);
    if (--left > 0) setTimeout(round);
  };
  setTimeout(round);
}
