import { formatNumber, t } from '../i18n/i18n.ts';
import type { Summary } from '../model/metrics.ts';

/** How many times `a` is of `b`, in words a room reads at a glance: "3×", "2.4×". */
export function times(a: number, b: number): string {
  const r = a / b;
  const digits = r >= 10 ? 0 : Math.round(r * 10) % 10 === 0 ? 0 : 1;
  return `${formatNumber(r, { maximumFractionDigits: digits, minimumFractionDigits: digits })}×`;
}

const cap = (s: string) => s[0].toLocaleUpperCase() + s.slice(1);

/**
 * The comparison as a facilitator would say it, honest both ways: who was
 * faster, and what it cost. `finished` says whether "not yet" means "never".
 */
export function compareInWords(
  hierarchy: Summary,
  p2p: Summary,
  options: { requests: boolean; finished: boolean; people: number },
): string[] {
  const names = { h: t('compare.names.h'), p: t('compare.names.p') };
  const out: string[] = [];
  if (options.requests) {
    const describe = (s: Summary, name: string) =>
      s.delivered > 0
        ? t('compare.delivered', { name, count: s.delivered, p50: s.latencyP50 })
        : t('compare.noneDelivered', { name });
    out.push(
      t('compare.requests', {
        p2p: cap(describe(p2p, names.p)),
        hierarchy: describe(hierarchy, names.h),
      }),
    );
  } else {
    const h = hierarchy.ticksTo100;
    const p = p2p.ticksTo100;
    /** "everyone it could", with how many that is when failures cut people off. */
    const everyone = (s: Summary) =>
      s.reachable < s.working || s.working < options.people
        ? t('compare.everyoneOf', { reachable: s.reachable, count: options.people })
        : t('compare.everyone');
    const notYet = (s: Summary, name: string) =>
      t(options.finished ? 'compare.neverDid' : 'compare.notYet', {
        name,
        informed: s.informed,
        reachable: s.reachable,
      });
    if (h !== null && p !== null) {
      const [fast, slow, ft, st] = p <= h ? [p2p, hierarchy, p, h] : [hierarchy, p2p, h, p];
      const [fastName, slowName] = fast === p2p ? [names.p, names.h] : [names.h, names.p];
      const words = {
        fast: cap(fastName),
        slow: slowName,
        fastEveryone: everyone(fast),
        slowEveryone: everyone(slow),
        ft,
        st,
      };
      out.push(
        ft === st || ft === 0
          ? t('compare.sameTime', words)
          : t('compare.sooner', { ...words, times: times(st, ft) }),
      );
    } else if (p !== null || h !== null) {
      const [done, other, ticks, doneName, otherName] =
        p !== null ? [p2p, hierarchy, p, names.p, names.h] : [hierarchy, p2p, h!, names.h, names.p];
      out.push(
        t('compare.onlyOne', {
          name: cap(doneName),
          everyone: everyone(done),
          ticks,
          other: notYet(other, otherName),
        }),
      );
    } else out.push(t('compare.neither'));
  }
  if (hierarchy.sends > 0 && p2p.sends > 0) {
    const counts = { p2p: p2p.sends, hierarchy: hierarchy.sends };
    out.push(
      p2p.sends >= hierarchy.sends
        ? t('compare.moreMessages', { ...counts, times: times(p2p.sends, hierarchy.sends) })
        : t('compare.fewerMessages', counts),
    );
  }
  const worst = [hierarchy, p2p][hierarchy.maxQueue >= p2p.maxQueue ? 0 : 1];
  if (worst.maxQueue > 1 && worst.maxQueueNode !== null) {
    out.push(
      t(worst === hierarchy ? 'compare.longestQueue.h' : 'compare.longestQueue.p', {
        count: worst.maxQueue,
        person: worst.maxQueueNode,
      }),
    );
  }
  if (hierarchy.believingDistorted > 0 || p2p.believingDistorted > 0) {
    out.push(
      t('compare.garbled', {
        p2p: cap(t('compare.believe', { count: p2p.believingDistorted })),
        hierarchy: t('compare.people', { count: hierarchy.believingDistorted }),
      }),
    );
  }
  return out;
}
