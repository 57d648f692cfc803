import type { LabStore } from './labStore.ts';

/**
 * How long into a frame (from its start) the next tick may be worked on: what is left of a
 * 60 Hz frame goes to drawing and to the browser.
 */
const AHEAD_MS = 9;
/**
 * A long frame (the first picture of 100,000 people), in ms. One is followed by a pause of one
 * task before the next frame is asked for, so whatever waits (a timer, a message, the page's own
 * tasks) runs between two long frames rather than after a run of them; and a side whose listener
 * is called after this long in a frame waits for the next (`GraphPanel`).
 */
export const LONG_FRAME_MS = 40;

/**
 * Called with how far the last tick's messages have travelled (0…1) and how long the listeners
 * before it took this frame (ms); returns true to ask for another frame.
 */
export type FrameListener = (progress: number, spent: number) => boolean | void;

export interface Clock {
  /** Called each animation frame while anything moves, with how far the last tick's messages have travelled (0…1). */
  onFrame(listener: FrameListener): () => void;
  /** Asks for a frame (something changed that must be drawn: a zoom, a resize, a new style). */
  wake(): void;
  /** Whether the viewer asked for reduced motion (then nothing animates: it is shown as it ends). */
  reduced(): boolean;
  stop(): void;
}

/**
 * The playback clock: a requestAnimationFrame loop that runs a tick when one is due and tells
 * the renderers how far between ticks we are. It asks for frames only while something moves —
 * playing, a tick's messages in flight, a listener still animating, or a change to draw — and
 * sleeps otherwise (a paused lab, or one in a hidden frame, costs nothing). It reads the store
 * but never writes per frame, so React does not re-render per frame.
 */
export function startClock(store: LabStore, reducedMotion: () => boolean): Clock {
  const listeners = new Set<FrameListener>();
  let lastTickAt = -Infinity;
  let frame = 0;
  /** The last frame had no time left for the next tick: this one does a part of it regardless. */
  let owed = false;
  /** A pause after a long frame is under way (then the frame is asked for when it ends). */
  let pausing = 0;
  /** Listeners are called last first this frame. */
  let flip = false;
  const wake = () => {
    if (frame === 0 && pausing === 0) frame = requestAnimationFrame(loop);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.tick !== previous.tick || state.lab !== previous.lab) lastTickAt = performance.now();
    wake();
  });
  function loop(now: number) {
    frame = 0;
    const started = performance.now();
    const { playing, speed, step, aheadReady } = store.getState();
    const duration = 1000 / speed;
    // A tick due while the next one is still being worked out waits for it (the picture rests).
    const stepping = playing && now - lastTickAt >= duration && aheadReady();
    if (stepping) step();
    const progress = reducedMotion() ? 1 : Math.min(1, Math.max(0, (now - lastTickAt) / duration));
    let more = store.getState().playing || progress < 1;
    const drawing = performance.now();
    // In turn first and last: a side that waits for the next frame (`GraphPanel`) goes first then.
    const order = Array.from(listeners);
    if ((flip = !flip)) order.reverse();
    for (const listener of order) if (listener(progress, performance.now() - drawing)) more = true;
    // Then, in what is left of the frame, the next tick (see `ahead.ts`): at least a part of it,
    // unless this frame showed a new tick (drawing that one costs more) or has no time left — but
    // then the next frame does a part, however late, so the run never stalls.
    const late = performance.now() >= now + AHEAD_MS;
    const eager = !stepping && (!late || owed);
    owed = late && !eager;
    if (store.getState().playing) store.getState().workAhead(now + AHEAD_MS, eager);
    if (more && performance.now() - started > LONG_FRAME_MS) {
      pausing = window.setTimeout(() => {
        pausing = 0;
        wake();
      });
    } else if (more) wake();
  }
  wake();
  return {
    onFrame(listener) {
      listeners.add(listener);
      wake();
      return () => listeners.delete(listener);
    },
    wake,
    reduced: reducedMotion,
    stop() {
      cancelAnimationFrame(frame);
      clearTimeout(pausing);
      frame = 0;
      pausing = 0;
      unsubscribe();
    },
  };
}
