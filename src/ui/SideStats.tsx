import type { SideName } from '../model/lab.ts';
import { useLab } from '../store/context.tsx';
import { SIDE_INDEX } from './sides.ts';

/** Live numbers for one side at the tick on show. Only this leaf re-renders per tick. */
export function SideStats({ side }: { side: SideName }) {
  const tick = useLab((s) => s.tick);
  const lab = useLab((s) => s.lab);
  const underLoad = useLab((s) => s.settings.load > 0 || s.settings.traffic === 'requests');
  const { series, network } = lab.sides[SIDE_INDEX[side]];
  const upTo = series.slice(0, tick + 1);
  const row = upTo[upTo.length - 1];
  if (!row) return null;
  const sends = upTo.reduce((sum, r) => sum + r.sends, 0);
  const delivered = upTo.reduce((sum, r) => sum + r.delivered, 0);
  const latencies = lab.sides[SIDE_INDEX[side]].engine.latencies;
  const latency = latencies.length
    ? (latencies.reduce((a, b) => a + b, 0) / latencies.length).toFixed(1)
    : '–';
  return (
    <dl className="stats">
      <div>
        <dt>Informed</dt>
        <dd>
          {row.informed} <small>of {network.graph.n}</small>
        </dd>
      </div>
      <div>
        <dt>Sent</dt>
        <dd>{sends}</dd>
      </div>
      <div>
        <dt>Longest queue</dt>
        <dd>
          {row.maxQueue}
          {row.maxQueueNode !== null && <small> at #{row.maxQueueNode}</small>}
        </dd>
      </div>
      {underLoad && (
        <>
          <div>
            <dt>Delivered</dt>
            <dd>{delivered}</dd>
          </div>
          <div>
            <dt>Latency</dt>
            <dd>
              {latency}
              <small> ticks</small>
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}
