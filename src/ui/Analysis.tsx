import { ConnectedChart, CostChart, QueuesChart, ReachChart } from './charts/Charts.tsx';
import { Comparison } from './Comparison.tsx';
import { selectConnectionMatters } from '../store/selectors.ts';
import { RunMany } from './RunMany.tsx';
import { useLab } from './labPage.tsx';
import { WhoStarts } from './WhoStarts.tsx';

/**
 * Everything under the stage: Who starts it, Run many, the charts over time and the comparison.
 * A chunk of its own (with d3-shape and d3-scale), loaded after the graphs are on screen.
 */
export default function Analysis() {
  const whoStarts = useLab((s) => s.equipotencyOpen);
  const connection = useLab(selectConnectionMatters);
  return (
    <>
      {whoStarts && <WhoStarts />}
      <RunMany />
      <ReachChart />
      {connection && <ConnectedChart />}
      <QueuesChart />
      <CostChart />
      <Comparison />
    </>
  );
}
