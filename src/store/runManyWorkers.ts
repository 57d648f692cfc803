import { inWorker } from './inWorker.ts';
import RunManyWorker from './runMany.worker.ts?worker';
import { runManyInSlices, type ManyMessage, type ManyRunner } from './slices/runMany.ts';

/**
 * Runs "Run many" in Web Workers, as many as the machine's cores less one (at least one), each
 * taking every W-th task. Where a worker cannot start or fails, the tasks it had not finished
 * go on in slices on this thread instead.
 */
export const runManyInWorkers: ManyRunner = (request, report) => {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  const count = Math.max(1, Math.min(cores - 1, request.tasks.length));
  const finished = new Set<number>();
  const stops: Array<() => void> = [];
  let open = count;
  const doneOne = () => {
    if (--open === 0) report({ type: 'done' });
  };
  const onRecord = (m: ManyMessage) => {
    if (m.type !== 'record' || finished.has(m.index)) return;
    finished.add(m.index);
    report(m);
  };
  for (let w = 0; w < count; w++) {
    const indices = request.tasks.map((_, i) => i).filter((i) => i % count === w);
    const fallback = () => {
      const rest = indices.filter((i) => !finished.has(i));
      const sub = { ...request, tasks: rest.map((i) => request.tasks[i]) };
      return runManyInSlices(sub, (m) => {
        if (m.type === 'record')
          onRecord({ type: 'record', index: rest[m.index], record: m.record });
        else doneOne();
      });
    };
    stops.push(
      inWorker<ManyMessage>(
        () => new RunManyWorker(),
        { request, indices },
        (m) => {
          if (m.type === 'record') {
            onRecord(m);
            return false;
          }
          doneOne();
          return true;
        },
        fallback,
      ),
    );
  }
  return () => stops.forEach((stop) => stop());
};
