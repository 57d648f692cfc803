import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/i18n.ts';
import { useActions, useLab } from './labPage.tsx';
import type { Theme } from '../store/labStore.ts';

/** Presenter mode, light/dark, "Who starts it", "Run many" and the shortcut help. */
export function ViewOptions() {
  const presenter = useLab((s) => s.presenter);
  const theme = useLab((s) => s.theme);
  const whoStarts = useLab((s) => s.equipotencyOpen);
  const runMany = useLab((s) => s.runManyOpen);
  const charts = useLab((s) => s.chartsOpen);
  const settings = useLab((s) => s.settingsOpen);
  const lang = useLab((s) => s.lang);
  const {
    setPresenter,
    setTheme,
    setHelpOpen,
    setEquipotencyOpen,
    toggleRunMany,
    setChartsOpen,
    setSettingsOpen,
    setLanguage,
  } = useActions();
  const { t } = useTranslation();
  return (
    <div className="view-options" role="group" aria-label={t('view.group')}>
      <button
        type="button"
        className="secondary-view"
        aria-pressed={whoStarts}
        onClick={() => setEquipotencyOpen(!whoStarts)}
      >
        {t('view.whoStarts')}
      </button>
      <button
        type="button"
        className="secondary-view"
        aria-pressed={runMany}
        aria-keyshortcuts="M"
        onClick={() => toggleRunMany()}
      >
        {t('view.runMany')}
      </button>
      <button type="button" aria-pressed={presenter} onClick={() => setPresenter(!presenter)}>
        {t('view.presenter')}
      </button>
      {/* On the stage: what opens beside it. */}
      {presenter && (
        <>
          <button
            type="button"
            className="charts-toggle"
            aria-pressed={charts}
            aria-keyshortcuts="C"
            onClick={() => setChartsOpen(!charts)}
          >
            {t('view.charts')}
          </button>
          <button
            type="button"
            aria-pressed={settings}
            aria-keyshortcuts="S"
            onClick={() => setSettingsOpen(!settings)}
          >
            {t('view.settings')}
          </button>
        </>
      )}
      {/* On the stage T switches the theme; the menu waits off it. */}
      <label className="secondary-view">
        <span className="label-word">{t('view.theme')}</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          <option value="system">{t('view.system')}</option>
          <option value="light">{t('view.light')}</option>
          <option value="dark">{t('view.dark')}</option>
        </select>
      </label>
      {/* Chosen before the talk: the stage keeps its one line of controls. */}
      <label className="secondary-view">
        <span className="label-word">{t('view.language')}</span>
        <select value={lang} onChange={(e) => void setLanguage(e.target.value as Language)}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-label={t('view.shortcuts')}
        aria-keyshortcuts="?"
        onClick={() => setHelpOpen(true)}
      >
        ?
      </button>
    </div>
  );
}
