import type { LabStore } from '../store/labStore.ts';

/**
 * The lab following the page around it (a slide deck, an article):
 *
 * - It pauses while hidden — a background tab (`visibilitychange`) or a frame scrolled or
 *   slid out of view (IntersectionObserver) — and plays on when shown again if it was playing.
 * - reveal.js posts `slide:start` / `slide:stop` to a frame on its slide: start plays, stop pauses.
 * - Any host can drive it with `frame.contentWindow.postMessage({ lab: command, … }, '*')`:
 *   `play`, `pause`, `reset`, `step`, `seek` (with `tick`) and `scene` (with `id`). Anything else
 *   is ignored. The lab answers nothing and reads nothing from the host.
 */
export function followHost(store: LabStore, win: Window): () => void {
  let pausedByUs = false;
  const hide = () => {
    if (!store.getState().playing) return;
    pausedByUs = true;
    store.getState().pause();
  };
  const show = () => {
    if (!pausedByUs) return;
    pausedByUs = false;
    store.getState().play();
  };
  const onVisibility = () => (win.document.visibilityState === 'hidden' ? hide() : show());
  win.document.addEventListener('visibilitychange', onVisibility);

  let observer: IntersectionObserver | null = null;
  if (typeof IntersectionObserver !== 'undefined') {
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) (entry.isIntersecting ? show : hide)();
    });
    observer.observe(win.document.documentElement);
  }

  const onMessage = (event: MessageEvent) => {
    const s = store.getState();
    const data: unknown = event.data;
    if (data === 'slide:start') {
      pausedByUs = false;
      s.play();
      return;
    }
    if (data === 'slide:stop') {
      pausedByUs = false;
      s.pause();
      return;
    }
    if (typeof data !== 'object' || data === null || !('lab' in data)) return;
    const message = data as { lab: unknown; tick?: unknown; id?: unknown };
    switch (message.lab) {
      case 'play':
        return s.play();
      case 'pause':
        return s.pause();
      case 'reset':
        return s.reset();
      case 'step':
        s.pause();
        return s.step();
      case 'seek':
        if (typeof message.tick === 'number' && Number.isInteger(message.tick) && message.tick >= 0)
          s.seek(message.tick);
        return;
      case 'scene':
        if (typeof message.id === 'string') s.openScene(message.id);
        return;
    }
  };
  win.addEventListener('message', onMessage);
  return () => {
    win.document.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('message', onMessage);
    observer?.disconnect();
  };
}
