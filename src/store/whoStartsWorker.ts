import EquipotencyWorker from './equipotency.worker.ts?worker';
import {
  runInSlices,
  type EquipotencyMessage,
  type EquipotencyRunner,
} from './slices/whoStarts.ts';

/**
 * Tries every starter in a Web Worker (a file of its own; the single-file build inlines it). Where a
 * worker cannot start or fails (some file:// or sandboxed pages), it goes on in slices on this
 * thread instead.
 */
export const runInWorker: EquipotencyRunner = (settings, networks, report) => {
  let fallback: (() => void) | null = null;
  try {
    const worker = new EquipotencyWorker();
    worker.onmessage = (e: MessageEvent<EquipotencyMessage>) => report(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      fallback ??= runInSlices(settings, networks, report);
    };
    worker.postMessage({ settings, networks });
    return () => {
      worker.terminate();
      fallback?.();
    };
  } catch {
    return runInSlices(settings, networks, report);
  }
};
