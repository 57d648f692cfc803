import type { SideName } from '../model/lab.ts';
import { selectSideStats, selectTieMarks, selectUnderLoad } from '../store/selectors.ts';
import { useLab } from './labPage.tsx';

/** Live numbers for one side at the tick on show. Only this leaf re-renders per tick. */
export function SideStats({ side }: { side: SideName }) {
  const stats = useLab(selectSideStats(side));
  const underLoad = useLab(selectUnderLoad);
  const { adapt, reorg } = useLab(selectTieMarks);
  if (!stats) return null;
  const changes = [
    `+${stats.formed} formed`,
    `−${stats.faded} faded`,
    ...(stats.repaired ? [`${stats.repaired} repaired`] : []),
  ].join(' · ');
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
      {adapt && (
        <div className="stat-ties">
          <dt>Ties</dt>
          <dd>
            {stats.ties} <small>{changes}</small>
          </dd>
        </div>
      )}
      {reorg && side === 'hierarchy' && (
        <div>
          <dt>Promotions</dt>
          <dd>{stats.promotions}</dd>
        </div>
      )}
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
