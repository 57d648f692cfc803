import { useTranslation } from 'react-i18next';
import { useActions, useLab } from './labPage.tsx';

/** A scrubber over the ticks run so far; a change at an earlier tick forks the run there. */
export function Timeline() {
  const tick = useLab((s) => s.tick);
  const horizon = useLab((s) => s.horizon);
  const forkedAt = useLab((s) => s.forkedAt);
  const { seek, fork, pause } = useActions();
  const behind = tick < horizon;
  const { t } = useTranslation();
  return (
    <div className="timeline">
      <label htmlFor="timeline">{t('timeline.tick', { tick })}</label>
      <input
        id="timeline"
        type="range"
        aria-label={t('timeline.name')}
        aria-valuetext={t('timeline.value', { tick, horizon })}
        min={0}
        max={Math.max(horizon, 1)}
        step={1}
        value={tick}
        onChange={(e) => {
          pause();
          seek(Number(e.target.value));
        }}
      />
      <span className="timeline-end">{horizon}</span>
      {behind ? (
        <>
          <span className="timeline-hint">{t('timeline.behind')}</span>
          <button type="button" onClick={fork}>
            {t('timeline.fork')}
          </button>
        </>
      ) : (
        forkedAt !== null && (
          <span className="timeline-hint">{t('timeline.forked', { tick: forkedAt })}</span>
        )
      )}
    </div>
  );
}
