/**
 * One job in a Web Worker, with this thread as the fallback. `start` makes the worker (a file of its
 * own; the single-file build inlines it) and is sent `input`; `hear` gets each message and returns
 * true when the job is finished (the worker is then ended). Where a worker cannot start or fails
 * (a host whose policy forbids workers, some file:// pages), `here` runs the job on this thread
 * instead and returns its own stop. Returns a stop for whichever runs.
 */
export function inWorker<M>(
  start: () => Worker,
  input: unknown,
  hear: (data: M) => boolean,
  here: () => () => void,
): () => void {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return here();
  }
  let stopHere: (() => void) | null = null;
  worker.onmessage = (e: MessageEvent<M>) => {
    if (hear(e.data)) worker.terminate();
  };
  worker.onerror = (e) => {
    e.preventDefault();
    worker.terminate();
    stopHere ??= here();
  };
  worker.postMessage(input);
  return () => {
    worker.terminate();
    stopHere?.();
  };
}
