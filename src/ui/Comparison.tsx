import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/i18n.ts';
import type { Summary } from '../model/metrics.ts';
import { selectSummaries } from '../store/selectors.ts';
import { compareInWords } from './comparison.ts';
import { useLab } from './labPage.tsx';
import { sideLabel } from './sides.ts';

const pct = (part: number, whole: number) =>
  whole > 0 ? formatNumber(part / whole, { style: 'percent' }) : '–';

/** The side-by-side summary a facilitator screenshots for the debrief; follows the tick on show. */
export function Comparison() {
  const { hierarchy: h, p2p: p } = useLab(selectSummaries);
  const tick = useLab((s) => s.tick);
  const n = useLab((s) => s.lab.settings.nodes);
  const done = useLab((s) => s.done);
  const requests = useLab((s) => s.settings.traffic === 'requests');
  const { t } = useTranslation();
  const never = done ? t('comparison.never') : t('comparison.notYet');
  const ticks = (x: number | null) => (x === null ? never : `${x}`);
  const share = (part: number, whole: number) =>
    t('comparison.share', { part, whole, pct: pct(part, whole) });
  const reach: Array<[string, (s: Summary) => string]> = [
    [t('comparison.to', { pct: pct(1, 2) }), (s) => ticks(s.ticksTo50)],
    [t('comparison.to', { pct: pct(9, 10) }), (s) => ticks(s.ticksTo90)],
    [t('comparison.to', { pct: pct(1, 1) }), (s) => ticks(s.ticksTo100)],
  ];
  const rows: Array<[string, (s: Summary) => string]> = [
    ...(requests ? [] : reach),
    [t('comparison.sent'), (s) => `${s.sends}`],
    [t('comparison.redundant'), (s) => `${s.redundant}`],
    [t('comparison.lost'), (s) => `${s.lost + s.dropped}`],
    [
      t('comparison.worstQueue'),
      (s) =>
        s.maxQueueNode === null
          ? '0'
          : t('comparison.queueAt', { length: s.maxQueue, person: s.maxQueueNode }),
    ],
    // Broadcast: who the first message can still reach. Requests: the largest group still connected.
    requests
      ? [t('comparison.largestGroup'), (s) => share(Math.round(s.largestComponent * s.working), n)]
      : [t('comparison.reachable'), (s) => share(s.reachable, n)],
    [
      t('comparison.garbled'),
      (s) => `${s.believingDistorted} (${pct(s.believingDistorted, s.informed)})`,
    ],
  ];
  if (requests) {
    rows.push([t('comparison.delivered'), (s) => `${s.delivered}`]);
    rows.push([
      t('comparison.latency'),
      (s) =>
        s.latencyP50 === null
          ? '–'
          : t('comparison.latencyValue', { p50: s.latencyP50, p90: s.latencyP90 }),
    ]);
  }
  return (
    <section className="card comparison" role="region" aria-label={t('comparison.name')}>
      <h3>{t('comparison.title', { tick })}</h3>
      {compareInWords(h, p, { requests, finished: done, people: n }).map((line) => (
        <p key={line}>{line}</p>
      ))}
      <table>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{sideLabel('hierarchy')}</th>
            <th scope="col">{sideLabel('p2p')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, read]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{read(h)}</td>
              <td>{read(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
