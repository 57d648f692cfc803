import type { SideName } from '../model/lab.ts';
import { selectSideStats, selectUnderLoad } from '../store/selectors.ts';
import { useLab } from './labPage.tsx';

/** Live numbers for one side at the tick on show. Only this leaf re-renders per tick. */
export function SideStats({ side }: { side: SideName }) {
  const stats = useLab(selectSideStats(side));
  const underLoad = useLab(selectUnderLoad);
  if (!stats) return null;
  return (
    <dl className="stats">
      <div>
        <dt>Informed</dt>
        <dd>
          {stats.informed} <small>of {stats.people}</small>
        </dd>
      </div>
      <div>
        <dt>Sent</dt>
        <dd>{stats.sent}</dd>
      </div>
      <div>
        <dt>Longest queue</dt>
        <dd>
          {stats.maxQueue}
          {stats.maxQueueNode !== null && <small> at #{stats.maxQueueNode}</small>}
        </dd>
      </div>
      {underLoad && (
        <>
          <div>
            <dt>Delivered</dt>
            <dd>{stats.delivered}</dd>
          </div>
          <div>
            <dt>Latency</dt>
            <dd>
              {stats.latency === null ? '–' : stats.latency.toFixed(1)}
              <small> ticks</small>
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}
