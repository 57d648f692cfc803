import { t } from '../../i18n/i18n.ts';
import type { LabEvent } from '../../model/events.ts';
import { isLive, PARAMS, specOf, type LiveSetting, type Settings } from '../../model/params.ts';
import { parseValue, reconcile } from '../../model/settingsText.ts';
import { isOut, selectEffectiveSettings } from '../selectors.ts';
import type { Kit } from './kit.ts';

/** The settings a run starts with and everything done to it since. */
export interface SettingsState {
  /** The settings the run starts with (live changes made mid-run are events). */
  settings: Settings;
  /** Everything done by hand or by a scene, replayed on every rebuild: both sides get the same events. */
  events: LabEvent[];
}

export interface SettingsActions {
  /** Before the run (tick 0) a change restarts it; later, a live setting forks the run at the tick on show. */
  setSetting<K extends keyof Settings>(name: K, value: Settings[K]): void;
  /**
   * A setting as the user typed it: checked by the schema, applied if it differs from the value
   * in force. Returns what was wrong with it, or null.
   */
  setSettingText(name: keyof Settings, text: string): string | null;
  /** A click on a person: start a message there, or with `knock` (or in fail mode) knock them out or back in. */
  clickPerson(person: number, knock?: boolean): void;
  /** Forget everything done by hand (knock-outs, extra messages, live changes). */
  clearEvents(): void;
  /** Settings written as a query (`cap=1&load=0.02`), each applied as if typed; returns what was wrong. */
  applySettingsQuery(query: string): string[];
}

export function settingsActions(kit: Kit): SettingsActions {
  const { set, get } = kit;
  return {
    setSetting(name, value) {
      const state = get();
      if (state.tick > 0 && isLive(name)) {
        // Mid-run: the change happens from the next tick on, on both sides; a second change replaces it.
        const events = kit.forkIfBehind();
        const { lab } = get();
        const earlier = events.find(
          (e) => e.type === 'set' && e.key === name && e.tick === lab.tick,
        );
        if (earlier) lab.cancel(earlier);
        const event: LabEvent = {
          tick: lab.tick,
          type: 'set',
          key: name,
          value: value as Settings[LiveSetting],
        };
        lab.schedule(event);
        set({
          events: [...events.filter((e) => e !== earlier), event],
          done: false,
          version: kit.nextVersion(),
        });
        return;
      }
      if (state.org && specOf(name).orgFixed) {
        kit.notify(t('notices.orgFixed'));
        return;
      }
      const next = { ...state.settings, [name]: value };
      const problems = reconcile(next, 'url');
      kit.restart(
        next,
        state.events.filter((e) => !('node' in e) || e.node < next.nodes),
        problems.length ? { notices: problems.map((p) => p.message) } : {},
      );
    },
    setSettingText(name, text) {
      const spec = specOf(name);
      const parsed = parseValue(spec, text);
      if (!parsed.ok) return `${spec.label} must be ${parsed.allowed}.`;
      if (parsed.value !== selectEffectiveSettings(get())[name])
        get().setSetting(name, parsed.value as never);
      return null;
    },
    clickPerson(person, knock = false) {
      const state = get();
      if (knock || state.mode === 'fail') {
        kit.forkIfBehind();
        const { lab, events } = get();
        // A second click before the next tick takes the first one back.
        const pending = events.find(
          (e) =>
            e.tick === lab.tick && (e.type === 'fail' || e.type === 'restore') && e.node === person,
        );
        if (pending) {
          lab.cancel(pending);
          set({ events: events.filter((e) => e !== pending), version: kit.nextVersion() });
          return;
        }
        kit.schedule({
          tick: lab.tick,
          type: isOut(get(), 0, person) ? 'restore' : 'fail',
          node: person,
        });
        return;
      }
      if (state.tick === 0) {
        // Before the run has moved, a click chooses who starts.
        get().setSetting('source', person);
        return;
      }
      kit.forkIfBehind();
      kit.schedule({ tick: get().lab.tick, type: 'start', node: person });
    },
    clearEvents() {
      kit.restart(get().settings, []);
    },
    applySettingsQuery(query) {
      const problems: string[] = [];
      for (const [key, value] of new URLSearchParams(query)) {
        const spec = PARAMS.find((p) => p.url === key);
        const problem = spec
          ? get().setSettingText(spec.name, value)
          : t('notices.noSetting', { key });
        if (problem) problems.push(problem);
      }
      return problems;
    },
  };
}
