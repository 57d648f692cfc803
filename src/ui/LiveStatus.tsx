import { useLab } from '../store/context.tsx';

/** The live status line that tests and screen readers follow. */
export function LiveStatus() {
  const tick = useLab((s) => s.tick);
  const lab = useLab((s) => s.lab);
  const done = useLab((s) => s.done);
  const [h, p] = lab.sides.map((side) => side.series[tick]);
  const n = lab.settings.nodes;
  return (
    <p role="status" aria-live="polite" className="live-status">
      Tick {tick} — Hierarchy {h?.informed ?? 0} of {n} informed, Peer-to-peer {p?.informed ?? 0} of{' '}
      {n} informed{done ? ' (run finished)' : ''}
    </p>
  );
}
