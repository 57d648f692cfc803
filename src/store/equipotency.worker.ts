/// <reference lib="webworker" />
import { equipotency } from '../model/equipotency.ts';
import type { LabNetworks } from '../model/lab.ts';
import type { Settings } from '../model/params.ts';
import type { EquipotencyMessage } from './slices/whoStarts.ts';

/** Tries every starter off the main thread, reporting progress a few times a second. */
self.onmessage = (event: MessageEvent<{ settings: Settings; networks: LabNetworks }>) => {
  const { settings, networks } = event.data;
  const post = (message: EquipotencyMessage) => self.postMessage(message);
  const run = equipotency(settings, networks);
  let last = 0;
  for (;;) {
    const step = run.next();
    if (step.done) {
      post({ type: 'result', result: step.value });
      return;
    }
    const now = performance.now();
    if (now - last > 80) {
      last = now;
      post({ type: 'progress', done: step.value, total: settings.nodes });
    }
  }
};
