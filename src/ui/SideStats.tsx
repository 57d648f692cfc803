import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/i18n.ts';
import type { SideName } from '../model/lab.ts';
import { selectSideStats, selectTieMarks, selectUnderLoad } from '../store/selectors.ts';
import { useLab } from './labPage.tsx';

/** Live numbers for one side at the tick on show. Only this leaf re-renders per tick. */
export function SideStats({ side }: { side: SideName }) {
  const stats = useLab(selectSideStats(side));
  const underLoad = useLab(selectUnderLoad);
  const { adapt, reorg } = useLab(selectTieMarks);
  const { t } = useTranslation();
  if (!stats) return null;
  const changes = [
    t('stats.formed', { count: stats.formed }),
    t('stats.faded', { count: stats.faded }),
    ...(stats.repaired ? [t('stats.repaired', { count: stats.repaired })] : []),
  ].join(' · ');
  return (
    <dl className="stats">
      <div>
        <dt>{t('stats.informed')}</dt>
        <dd>
          {formatNumber(stats.informed)}{' '}
          <small>{t('stats.of', { people: formatNumber(stats.people) })}</small>
        </dd>
      </div>
      <div>
        <dt>{t('stats.sent')}</dt>
        <dd>{formatNumber(stats.sent)}</dd>
      </div>
      <div>
        <dt>{t('stats.longestQueue')}</dt>
        <dd>
          {formatNumber(stats.maxQueue)}
          {stats.maxQueueNode !== null && (
            <small> {t('stats.at', { person: stats.maxQueueNode })}</small>
          )}
        </dd>
      </div>
      {adapt && (
        <div className="stat-ties">
          <dt>{t('stats.ties')}</dt>
          <dd>
            {formatNumber(stats.ties)} <small>{changes}</small>
          </dd>
        </div>
      )}
      {reorg && side === 'hierarchy' && (
        <div>
          <dt>{t('stats.promotions')}</dt>
          <dd>{stats.promotions}</dd>
        </div>
      )}
      {underLoad && (
        <>
          <div>
            <dt>{t('stats.delivered')}</dt>
            <dd>{formatNumber(stats.delivered)}</dd>
          </div>
          <div>
            <dt>{t('stats.latency')}</dt>
            <dd>
              {stats.latency === null
                ? '–'
                : formatNumber(stats.latency, {
                    minimumFractionDigits: 1,
                    maximumFractionDigits: 1,
                  })}
              <small> {t('stats.ticks')}</small>
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}
