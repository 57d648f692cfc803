import { useEffect, useRef, useState } from 'react';
import { selectStatusLine } from '../store/selectors.ts';
import { useLab } from './labPage.tsx';

/** While playing, a new sentence at most this often, so a screen reader can keep up. */
const NARRATION_INTERVAL_MS = 1500;

/** Follows `text`, but while `throttle` is on changes at most once per interval (first and last change kept). */
function useThrottled(text: string, throttle: boolean): string {
  const [shown, setShown] = useState(text);
  const lastAt = useRef(0);
  useEffect(() => {
    if (text === shown) return;
    const wait = throttle ? lastAt.current + NARRATION_INTERVAL_MS - performance.now() : 0;
    const timer = setTimeout(
      () => {
        lastAt.current = performance.now();
        setShown(text);
      },
      Math.max(0, wait),
    );
    return () => clearTimeout(timer);
  }, [text, shown, throttle]);
  return shown;
}

/** The live status line that tests and screen readers follow: one sentence per tick. */
export function LiveStatus() {
  const text = useLab(selectStatusLine);
  const playing = useLab((s) => s.playing);
  const narrated = useThrottled(text, playing);
  return (
    <>
      {/* What the eye reads follows every tick; what the screen reader hears is throttled. */}
      <p className="live-status" aria-hidden="true">
        {text}
      </p>
      <p role="status" aria-live="polite" className="visually-hidden">
        {narrated}
      </p>
    </>
  );
}
