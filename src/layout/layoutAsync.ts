import type { Network } from '../model/networks/index.ts';
import { layoutHierarchy } from './hierarchyLayout.ts';
import LayoutWorker from './layout.worker.ts?worker&inline';
import { layoutPeers } from './peerLayout.ts';
import type { Positions } from './positions.ts';

/** Up to this many people a layout settles on the main thread (well under a frame's budget of waiting). */
export const SYNC_LAYOUT_LIMIT = 600;

let worker: Worker | null = null;
let nextId = 0;

/**
 * Positions for a network: at once for workshop sizes, in a Web Worker for
 * large graphs (inlined, so the single-file build carries it). Where workers
 * are unavailable (some file:// or sandboxed pages) it falls back to the main
 * thread after a frame, so a "settling" message can show first.
 */
export function layoutNetwork(
  network: Network,
  kind: 'hierarchy' | 'peers',
  done: (positions: Positions) => void,
): () => void {
  const compute = () => (kind === 'hierarchy' ? layoutHierarchy(network) : layoutPeers(network));
  if (network.graph.n <= SYNC_LAYOUT_LIMIT) {
    done(compute());
    return () => undefined;
  }
  let cancelled = false;
  try {
    worker ??= new LayoutWorker();
    const id = nextId++;
    const w = worker;
    const onMessage = (event: MessageEvent<{ id: number; x: Float32Array; y: Float32Array }>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (!cancelled) done({ x: event.data.x, y: event.data.y });
    };
    // A worker that cannot start here (some file:// or sandboxed pages): lay out on this thread instead.
    const onError = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (worker === w) worker = null;
      if (!cancelled) done(compute());
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, kind, network });
    return () => {
      cancelled = true;
    };
  } catch {
    const timer = setTimeout(() => !cancelled && done(compute()), 50);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }
}
