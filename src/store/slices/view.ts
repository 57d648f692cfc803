import { LANGUAGE_NAMES, loadLanguage, t, type Language } from '../../i18n/i18n.ts';
import type { Kit } from './kit.ts';

/** What a click on a person does: start a message there, or knock them out (or back in). */
export type ClickMode = 'start' | 'fail';
export type Theme = 'system' | 'light' | 'dark';

/** How the page is shown and what the user is pointing at; none of it changes the run. */
export interface ViewState {
  mode: ClickMode;
  /** The person under the pointer or keyboard focus, on both sides. */
  hovered: number | null;
  /** Messages for the user: settings that were ignored, what a click did. */
  notices: string[];
  presenter: boolean;
  theme: Theme;
  helpOpen: boolean;
  /** The "Who starts it" view is open. */
  equipotencyOpen: boolean;
  /** In presenter mode, the charts and comparison are shown beside the stage. */
  chartsOpen: boolean;
  /** In presenter mode, the settings are shown beside the stage. */
  settingsOpen: boolean;
  /** The language in force, and the one chosen by a link or the menu (kept in links; null: the browser's). */
  lang: Language;
  langChoice: Language | null;
}

export interface ViewActions {
  setMode(mode: ClickMode): void;
  hover(person: number | null): void;
  dismissNotice(index: number): void;
  dismissAllNotices(): void;
  setPresenter(on: boolean): void;
  setTheme(theme: Theme): void;
  setHelpOpen(open: boolean): void;
  setEquipotencyOpen(open: boolean): void;
  setChartsOpen(open: boolean): void;
  setSettingsOpen(open: boolean): void;
  /** Loads a language's catalogue and speaks it from now on (kept in the address). */
  setLanguage(lang: Language): Promise<void>;
}

export function viewActions(kit: Kit): ViewActions {
  const { set, get, peek } = kit;
  return {
    setMode(mode) {
      set({ mode });
    },
    hover(person) {
      // Pointing changes nothing in the run: a tick worked out ahead goes on.
      if (person !== peek().hovered) set({ hovered: person });
    },
    dismissAllNotices() {
      set({ notices: [] });
    },
    dismissNotice(index) {
      set({ notices: get().notices.filter((_, i) => i !== index) });
    },
    setPresenter(presenter) {
      set({ presenter });
    },
    setTheme(theme) {
      set({ theme });
    },
    setHelpOpen(helpOpen) {
      set({ helpOpen });
    },
    setChartsOpen(chartsOpen) {
      set({ chartsOpen });
    },
    setSettingsOpen(settingsOpen) {
      set({ settingsOpen });
    },
    async setLanguage(lang) {
      try {
        await loadLanguage(lang);
      } catch {
        // The Wi-Fi dropped: say so and stay as we were; choosing it again fetches it afresh.
        kit.notify(t('notices.languageFailed', { language: LANGUAGE_NAMES[lang] }));
        return;
      }
      set({ lang, langChoice: lang });
    },
    setEquipotencyOpen(equipotencyOpen) {
      set({ equipotencyOpen });
      get().refreshWhoStarts();
    },
  };
}
