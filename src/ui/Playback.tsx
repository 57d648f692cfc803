import { useTranslation } from 'react-i18next';
import { SPEEDS } from '../store/labStore.ts';
import { useActions, useLab } from './labPage.tsx';

/** Play/Pause, Step, Reset, speed, and what a click on a person does. */
export function Playback() {
  const playing = useLab((s) => s.playing);
  const speed = useLab((s) => s.speed);
  const mode = useLab((s) => s.mode);
  const hasEvents = useLab((s) => s.events.length > 0);
  const { togglePlay, step, reset, setSpeed, setMode, clearEvents } = useActions();
  const { t } = useTranslation();
  return (
    <div className="playback" role="group" aria-label={t('playback.group')}>
      <button type="button" className="primary" onClick={togglePlay}>
        {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <button type="button" onClick={step} disabled={playing}>
        {t('playback.step')}
      </button>
      <button type="button" onClick={reset}>
        {t('playback.reset')}
      </button>
      <label className="speed">
        <span className="label-word">{t('playback.speed')}</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('playback.ticksPerSecond', { count: s })}
            </option>
          ))}
        </select>
      </label>
      <span className="mode" role="group" aria-label={t('playback.clickMode')}>
        <button type="button" aria-pressed={mode === 'start'} onClick={() => setMode('start')}>
          {t('playback.start')}
        </button>
        <button type="button" aria-pressed={mode === 'fail'} onClick={() => setMode('fail')}>
          {t('playback.knockOut')}
        </button>
      </span>
      {hasEvents && (
        <button type="button" onClick={clearEvents}>
          {t('playback.clear')}
        </button>
      )}
    </div>
  );
}
