import NetworksWorker from './networks.worker.ts?worker';
import { buildHere, type BuiltNetworks, type NetworkBuilder } from './prepare.ts';

/**
 * Builds big networks in a Web Worker (a file of its own; the single-file build inlines it). Where a
 * worker cannot start or fails (a host whose policy forbids blob workers, some file:// pages),
 * it builds on this thread instead, after the progress has had a frame to show.
 */
export const buildInWorker: NetworkBuilder = (settings, org, done) => {
  let fallback: (() => void) | null = null;
  let worker: Worker;
  try {
    worker = new NetworksWorker();
  } catch {
    return buildHere(settings, org, done);
  }
  worker.onmessage = (e: MessageEvent<BuiltNetworks>) => {
    worker.terminate();
    done(e.data);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    worker.terminate();
    fallback ??= buildHere(settings, org, done);
  };
  worker.postMessage({ settings, org });
  return () => {
    worker.terminate();
    fallback?.();
  };
};
