import type { Summary } from '../model/metrics.ts';

/** How many times `a` is of `b`, in words a room reads at a glance: "3×", "2.4×". */
export function times(a: number, b: number): string {
  const r = a / b;
  const text = r >= 10 ? Math.round(r).toString() : r.toFixed(1).replace(/\.0$/, '');
  return `${text}×`;
}

const people = (k: number) => `${k} ${k === 1 ? 'person' : 'people'}`;
const believe = (k: number) => `${people(k)} ${k === 1 ? 'believes' : 'believe'}`;

/**
 * The comparison as a facilitator would say it, honest both ways: who was
 * faster, and what it cost. `finished` says whether "not yet" means "never".
 */
export function compareInWords(
  hierarchy: Summary,
  p2p: Summary,
  options: { requests: boolean; finished: boolean; people: number },
): string[] {
  const names = { h: 'the hierarchy', p: 'the peer network' };
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  const out: string[] = [];
  if (options.requests) {
    const describe = (s: Summary, name: string) =>
      s.delivered > 0
        ? `${name} delivered ${s.delivered} requests, half of them within ${s.latencyP50} ticks`
        : `${name} has delivered no requests yet`;
    out.push(`${cap(describe(p2p, names.p))}; ${describe(hierarchy, names.h)}.`);
  } else {
    const h = hierarchy.ticksTo100;
    const p = p2p.ticksTo100;
    /** "everyone it could", with how many that is when failures cut people off. */
    const everyone = (s: Summary) =>
      s.reachable < s.working || s.working < options.people
        ? `everyone it could (${s.reachable} of ${options.people} people)`
        : 'everyone it could';
    const notYet = (s: Summary, name: string) =>
      `${name} ${options.finished ? 'never did' : 'has not yet'} (${s.informed} of ${s.reachable} it can reach)`;
    if (h !== null && p !== null) {
      const [fast, slow, ft, st] = p <= h ? [p2p, hierarchy, p, h] : [hierarchy, p2p, h, p];
      const [fastName, slowName] = fast === p2p ? [names.p, names.h] : [names.h, names.p];
      out.push(
        ft === st || ft === 0
          ? `${cap(fastName)} reached ${everyone(fast)} in ${ft} ticks; ${slowName} reached ${everyone(slow)} in ${st}`
          : `${cap(fastName)} reached ${everyone(fast)} ${times(st, ft)} sooner (${ft} vs ${st} ticks); ${slowName} reached ${everyone(slow)}`,
      );
    } else if (p !== null)
      out.push(
        `${cap(names.p)} reached ${everyone(p2p)} in ${p} ticks; ${notYet(hierarchy, names.h)}`,
      );
    else if (h !== null)
      out.push(
        `${cap(names.h)} reached ${everyone(hierarchy)} in ${h} ticks; ${notYet(p2p, names.p)}`,
      );
    else out.push(`Neither has reached everyone it can yet`);
    out[0] += '.';
  }
  if (hierarchy.sends > 0 && p2p.sends > 0) {
    out.push(
      p2p.sends >= hierarchy.sends
        ? `The peers used ${times(p2p.sends, hierarchy.sends)} the messages (${p2p.sends} vs ${hierarchy.sends}).`
        : `The peers used fewer messages: ${p2p.sends} vs ${hierarchy.sends}.`,
    );
  }
  const worst = [hierarchy, p2p][hierarchy.maxQueue >= p2p.maxQueue ? 0 : 1];
  if (worst.maxQueue > 1 && worst.maxQueueNode !== null) {
    const where = worst === hierarchy ? 'in the hierarchy' : 'among the peers';
    out.push(
      `The longest queue was ${worst.maxQueue} messages, at person ${worst.maxQueueNode} ${where}.`,
    );
  }
  if (hierarchy.believingDistorted > 0 || p2p.believingDistorted > 0) {
    out.push(
      `${cap(believe(p2p.believingDistorted))} a garbled version among the peers, ${people(hierarchy.believingDistorted)} in the hierarchy.`,
    );
  }
  return out;
}
