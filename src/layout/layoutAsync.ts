import type { Network } from '../model/networks/index.ts';
import { layoutMessages } from './chunks.ts';
import LayoutWorker from './layout.worker.ts?worker';
import { layoutNow, type LayoutKind } from './layoutNow.ts';
import type { Positions } from './positions.ts';

/** Up to this many people a layout settles on the main thread (well under a frame's budget of waiting). */
export const SYNC_LAYOUT_LIMIT = 600;

/** Lays out networks for one page; owns that page's worker. */
export interface LayoutService {
  /** Positions for `network`, passed to `done` (at once, or when a worker is finished); returns a cancel. */
  layout(network: Network, kind: LayoutKind, done: (positions: Positions) => void): () => void;
  dispose(): void;
}

/**
 * Positions for networks: at once for workshop sizes, in a Web Worker for large graphs
 * (a file of its own; the single-file build inlines it). Where workers are unavailable (some file://
 * or sandboxed pages) it falls back to the main thread after a frame, so a "settling" message
 * can show first.
 */
export function createLayoutService(): LayoutService {
  let worker: Worker | null = null;
  let nextId = 0;
  return {
    layout(network, kind, done) {
      if (network.graph.n <= SYNC_LAYOUT_LIMIT) {
        done(layoutNow(network, kind));
        return () => undefined;
      }
      let cancelled = false;
      try {
        worker ??= new LayoutWorker();
        const id = nextId++;
        const w = worker;
        const onMessage = (
          event: MessageEvent<{ id: number; x: Float32Array; y: Float32Array }>,
        ) => {
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
          if (!cancelled) done(layoutNow(network, kind));
        };
        w.addEventListener('message', onMessage);
        w.addEventListener('error', onError);
        // The first message now; a long tie list's pieces follow, a task each (`chunks.ts`).
        const messages = layoutMessages(id, kind, network);
        let timer = 0;
        const post = () => {
          const next = messages.next();
          if (next.done) return;
          const { value } = next;
          w.postMessage(value, 'piece' in value ? [value.piece.buffer] : []);
          timer = window.setTimeout(post);
        };
        post();
        return () => {
          cancelled = true;
          clearTimeout(timer);
          // Pieces already there are let go (a whole request just settles unseen).
          w.postMessage({ id, cancel: true });
        };
      } catch {
        const timer = setTimeout(() => !cancelled && done(layoutNow(network, kind)), 50);
        return () => {
          cancelled = true;
          clearTimeout(timer);
        };
      }
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
