import EquipotencyWorker from './equipotency.worker.ts?worker';
import { inWorker } from './inWorker.ts';
import {
  runInSlices,
  type EquipotencyMessage,
  type EquipotencyRunner,
} from './slices/whoStarts.ts';

/** Tries every starter in a Web Worker; where one cannot run, in slices on this thread. */
export const runInWorker: EquipotencyRunner = (settings, networks, report) =>
  inWorker<EquipotencyMessage>(
    () => new EquipotencyWorker(),
    { settings, networks },
    (m) => {
      report(m);
      return m.type === 'result';
    },
    () => runInSlices(settings, networks, report),
  );
