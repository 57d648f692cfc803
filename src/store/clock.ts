import type { LabStore } from './labStore.ts';

export type FrameListener = (progress: number) => void;

export interface Clock {
  /** Called every animation frame with how far the last tick's messages have travelled (0…1). */
  onFrame(listener: FrameListener): () => void;
  /** Whether the viewer asked for reduced motion (then nothing animates: it is shown as it ends). */
  reduced(): boolean;
  stop(): void;
}

/**
 * The playback clock: one requestAnimationFrame loop that runs a tick when
 * one is due and tells the renderers how far between ticks we are. It reads
 * the store but never writes per frame, so React does not re-render per frame.
 */
export function startClock(store: LabStore, reducedMotion: () => boolean): Clock {
  const listeners = new Set<FrameListener>();
  let lastTickAt = -Infinity;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.tick !== previous.tick || state.lab !== previous.lab) lastTickAt = performance.now();
  });
  let frame = 0;
  const loop = (now: number) => {
    const { playing, speed, step } = store.getState();
    const duration = 1000 / speed;
    if (playing && now - lastTickAt >= duration) step();
    const progress = reducedMotion() ? 1 : Math.min(1, Math.max(0, (now - lastTickAt) / duration));
    listeners.forEach((listener) => listener(progress));
    frame = requestAnimationFrame(loop);
  };
  frame = requestAnimationFrame(loop);
  return {
    reduced: reducedMotion,
    onFrame(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      cancelAnimationFrame(frame);
      unsubscribe();
    },
  };
}
