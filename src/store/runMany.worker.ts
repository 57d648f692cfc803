/// <reference lib="webworker" />
import { runSeeds } from '../model/runMany.ts';
import { withoutUndefined, type ManyMessage, type ManyRequest } from './slices/runMany.ts';

/** Runs its share of "Run many" (the tasks at `indices`), posting each run as it finishes. */
self.onmessage = (event: MessageEvent<{ request: ManyRequest; indices: number[] }>) => {
  const { request, indices } = event.data;
  const { settings, events, org, tasks } = request;
  const post = (message: ManyMessage) => self.postMessage(message);
  for (const index of indices) {
    const task = tasks[index];
    const record = runSeeds({ ...settings, ...withoutUndefined(task) }, events, org, [
      task.seed,
    ]).next().value!;
    post({ type: 'record', index, record });
  }
  post({ type: 'done' });
};
