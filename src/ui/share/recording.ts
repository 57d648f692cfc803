import type { Palette } from '../../render/palette.ts';
import { composeCanvas } from '../../render/pictures.ts';
import type { LabPage } from '../labPage.tsx';
import { download, pictureOf } from './exporting.ts';

/** Longest recording, so a run under endless load still ends in a file. */
const MAX_SECONDS = 60;
const HOLD_MS = 800;
const HOLD_FRAMES = 24;
const GIVE_UP_MS = 15_000;

export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined' && 'captureStream' in HTMLCanvasElement.prototype;
}

function pickType(): string {
  for (const type of ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm']) {
    if (MediaRecorder.isTypeSupported(type)) return type;
  }
  return '';
}

/**
 * Records the run from tick 0 to its end as WebM: both graphs drawn into one
 * canvas each frame, with the tick and counts burned into the title line.
 * Returns a function that stops early; `onDone` runs once the file is saved (or could not be).
 */
export function recordRun(
  page: LabPage,
  colors: Palette,
  onDone: (saved: boolean) => void,
): () => void {
  const { store, clock } = page;
  const canvas = document.createElement('canvas');
  const draw = () => {
    composeCanvas(pictureOf(page, colors), canvas);
  };
  store.getState().reset();
  draw();
  const stream = canvas.captureStream(30);
  const type = pickType();
  const recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
  // The end is held a moment so it is readable: at least HOLD_MS and HOLD_FRAMES drawn frames,
  // and until the encoder has handed over some video — on a busy machine it can take longer to
  // start than a short run lasts, and stopping before then leaves an empty file.
  let holding: { since: number; frames: number } | null = null;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    stopFrames();
    recorder.stop();
  };
  // A recording wants every frame until it is finished, moving or not.
  const stopFrames = clock.onFrame(() => {
    draw();
    if (!holding) return true;
    holding.frames++;
    const held = holding.frames >= HOLD_FRAMES && performance.now() - holding.since >= HOLD_MS;
    if (held && chunks.length > 0) finish();
    return !finished;
  });
  const stop = () => {
    if (holding) return;
    holding = { since: performance.now(), frames: 0 };
    clearTimeout(limit);
    unsubscribe();
    // Frames stop in a hidden tab, and an encoder may never start: finish anyway.
    setTimeout(finish, GIVE_UP_MS);
  };
  recorder.onstop = () => {
    stream.getTracks().forEach((t) => t.stop());
    // No video at all is said, not saved as an empty file.
    if (chunks.length > 0)
      download(new Blob(chunks, { type: 'video/webm' }), `p2p-org-lab-run.webm`);
    onDone(chunks.length > 0);
  };
  const unsubscribe = store.subscribe((state) => {
    if (state.done && !state.playing) stop();
  });
  const limit = setTimeout(stop, MAX_SECONDS * 1000);
  recorder.start(250);
  store.getState().play();
  return stop;
}
