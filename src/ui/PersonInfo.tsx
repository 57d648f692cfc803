import type { SideName } from '../model/lab.ts';
import { useLab } from '../store/context.tsx';
import { isOut } from '../store/derived.ts';
import { SIDE_INDEX } from './sides.ts';

/** What the person in focus knows on this side, in words. */
export function PersonInfo({ side }: { side: SideName }) {
  const person = useLab((s) => s.hovered);
  const tick = useLab((s) => s.tick);
  const lab = useLab((s) => s.lab);
  const events = useLab((s) => s.events);
  const org = useLab((s) => s.org);
  if (person === null)
    return <p className="person-info muted">Point at someone to follow them on both sides.</p>;
  const { engine, network } = lab.sides[SIDE_INDEX[side]];
  const heard = engine.first.heardTick[person];
  // Imported names are shown as text (React escapes them), never as markup.
  const who = (v: number) => (org ? `${org.names[v] || org.ids[v]} (${org.ids[v]})` : `${v}`);
  const parts = [org ? who(person) : `Person ${person}`];
  if (network.manager) {
    const boss = network.manager[person];
    parts.push(boss < 0 ? 'the top' : `reports to ${who(boss)}`);
  }
  parts.push(`${network.graph.offsets[person + 1] - network.graph.offsets[person]} ties`);
  if (isOut({ lab, events }, SIDE_INDEX[side], person)) parts.push('knocked out');
  else if (heard >= 0 && heard <= tick) {
    parts.push(`heard it at tick ${heard}`);
    if (engine.first.believesDistorted(person)) parts.push('believes a distorted version');
  } else parts.push('has not heard yet');
  const waiting = engine.queues.length[person];
  if (waiting > 0) parts.push(`${waiting} waiting to pass on`);
  return (
    <p className="person-info" aria-live="polite">
      {parts.join(' · ')}
    </p>
  );
}
