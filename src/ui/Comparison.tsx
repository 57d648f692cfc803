import type { Summary } from '../model/metrics.ts';
import { selectSummaries } from '../store/selectors.ts';
import { compareInWords } from './comparison.ts';
import { useLab } from './labPage.tsx';

const pct = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';

const connected = (s: Summary, n: number) => {
  const size = Math.round(s.largestComponent * s.working);
  return `${size} of ${n} (${pct(size, n)})`;
};

/** The side-by-side summary a facilitator screenshots for the debrief; follows the tick on show. */
export function Comparison() {
  const { hierarchy: h, p2p: p } = useLab(selectSummaries);
  const tick = useLab((s) => s.tick);
  const n = useLab((s) => s.lab.settings.nodes);
  const done = useLab((s) => s.done);
  const requests = useLab((s) => s.settings.traffic === 'requests');
  const never = done ? 'never' : 'not yet';
  const ticks = (t: number | null) => (t === null ? never : `${t}`);
  const reach: Array<[string, (s: Summary) => string]> = [
    ['Ticks to 50%', (s) => ticks(s.ticksTo50)],
    ['Ticks to 90%', (s) => ticks(s.ticksTo90)],
    ['Ticks to 100%', (s) => ticks(s.ticksTo100)],
  ];
  const rows: Array<[string, (s: Summary) => string]> = [
    ...(requests ? [] : reach),
    ['Messages sent', (s) => `${s.sends}`],
    ['Redundant deliveries', (s) => `${s.redundant}`],
    ['Lost or dropped', (s) => `${s.lost + s.dropped}`],
    ['Worst queue', (s) => (s.maxQueueNode === null ? '0' : `${s.maxQueue} at #${s.maxQueueNode}`)],
    // Broadcast: who the first message can still reach. Requests: the largest group still connected.
    requests
      ? ['Largest connected group', (s) => connected(s, n)]
      : ['Still reachable', (s) => `${s.reachable} of ${n} (${pct(s.reachable, n)})`],
    [
      'Believe a garbled version',
      (s) => `${s.believingDistorted} (${pct(s.believingDistorted, s.informed)})`,
    ],
  ];
  if (requests) {
    rows.push(['Requests delivered', (s) => `${s.delivered}`]);
    rows.push([
      'Latency p50 / p90',
      (s) => (s.latencyP50 === null ? '–' : `${s.latencyP50} / ${s.latencyP90} ticks`),
    ]);
  }
  return (
    <section className="card comparison" role="region" aria-label="Comparison">
      <h3>Comparison at tick {tick}</h3>
      {compareInWords(h, p, { requests, finished: done, people: n }).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <table>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">Hierarchy</th>
            <th scope="col">Peer-to-peer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, read]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{read(h)}</td>
              <td>{read(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
