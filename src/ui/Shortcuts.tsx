import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabStore } from '../store/labStore.ts';
import { useActions, useLab, useLabStore, usePageView } from './labPage.tsx';
import { useModal } from './useModal.ts';

/** Every key the lab answers to, as listed in the help (`help.keys.<id>`: the keys and what they do). */
const SHORTCUTS = [
  'space',
  'next',
  'back',
  'reset',
  'fullscreen',
  'presenter',
  'theme',
  'whoStarts',
  'runMany',
  'charts',
  'settings',
  'help',
  'close',
  'tab',
] as const;

/** What a finger does on a graph (`help.touch.<id>`), listed first on a touch screen. */
const GESTURES = ['tap', 'longPress', 'pinch', 'drag'] as const;

/** A touch screen is the main pointer (a tablet, a phone), so the help leads with gestures. */
const touchFirst = () => window.matchMedia('(pointer: coarse)').matches;

/** Where keys belong to the control itself (typing, choosing, sliding, pressing a button). */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, select, textarea, [contenteditable="true"]')) return true;
  if ((key === ' ' || key === 'Enter') && target.closest('button, a, summary, [role="button"]'))
    return true;
  return false;
}

function handleShortcut(store: LabStore, event: KeyboardEvent): boolean {
  const s = store.getState();
  const key = event.key;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (s.helpOpen) {
    if (key === 'Escape' || key === '?') s.setHelpOpen(false);
    return key === 'Escape' || key === '?';
  }
  if (ownsKey(event.target, key)) return false;
  // Letters answer in either case (a clicker may send Shift).
  switch (key.length === 1 ? key.toLowerCase() : key) {
    case ' ':
      s.togglePlay();
      return true;
    case 'ArrowRight':
    case 'PageDown':
      if (s.scene) {
        if (s.tick === 0 && !s.playing) s.play();
        else s.nextScene();
      } else if (s.tick < s.horizon) s.seek(s.tick + 1);
      else s.step();
      return true;
    case 'ArrowLeft':
    case 'PageUp':
      if (s.scene) s.previousScene();
      else {
        s.pause();
        s.stepBack();
      }
      return true;
    case 'r':
      s.reset();
      return true;
    case 'f':
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      return true;
    case 'p':
      s.setPresenter(!s.presenter);
      return true;
    case 't': {
      const dark =
        s.theme === 'dark' ||
        (s.theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
      s.setTheme(dark ? 'light' : 'dark');
      return true;
    }
    case 'w':
      s.setEquipotencyOpen(!s.equipotencyOpen);
      return true;
    case 'm':
      s.toggleRunMany();
      return true;
    case 'c':
      if (!s.presenter) return false;
      s.setChartsOpen(!s.chartsOpen);
      return true;
    case 's':
      if (!s.presenter) return false;
      s.setSettingsOpen(!s.settingsOpen);
      return true;
    case '?':
      s.setHelpOpen(true);
      return true;
    default:
      return false;
  }
}

/**
 * A clicker's keys, as reveal.js's postMessage API names what they do: in an embed they belong to
 * the deck around it, even after a click inside the frame.
 */
const DECK_KEYS: Record<string, string> = {
  PageDown: 'next',
  PageUp: 'prev',
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  ArrowDown: 'next',
  ArrowUp: 'prev',
  b: 'togglePause',
  B: 'togglePause',
  '.': 'togglePause',
  Escape: 'toggleOverview',
};

/** Hands a clicker key to the deck around an embed; true if it did. */
function passToDeck(event: KeyboardEvent): boolean {
  const method = DECK_KEYS[event.key];
  if (!method || window.parent === window || event.ctrlKey || event.metaKey || event.altKey)
    return false;
  // A graph or a control that owns arrow keys keeps them; the clicker's page keys always go.
  if (event.key.startsWith('Arrow') && ownsArrows(event.target)) return false;
  window.parent.postMessage(JSON.stringify({ method, args: [] }), '*');
  return true;
}

const ownsArrows = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('canvas, input, select, textarea') !== null;

/** Keys for everything, so a clicker or a keyboard can run the whole workshop. */
export function Shortcuts() {
  const store = useLabStore();
  const { embed } = usePageView();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (embed && passToDeck(event)) {
        event.preventDefault();
        return;
      }
      if (handleShortcut(store, event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, embed]);
  return <ShortcutHelp />;
}

function ShortcutHelp() {
  const open = useLab((s) => s.helpOpen);
  const { setHelpOpen } = useActions();
  const ref = useModal(open);
  const { t } = useTranslation();
  const touch = open && touchFirst();
  const gestures = (
    <>
      <h3>{t('help.touchTitle')}</h3>
      <table>
        <tbody>
          {GESTURES.map((id) => (
            <tr key={id}>
              <th scope="row">{t(`help.touch.${id}.gesture`)}</th>
              <td>{t(`help.touch.${id}.what`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
  return (
    <dialog
      ref={ref}
      className="help"
      aria-labelledby="help-title"
      onClose={() => setHelpOpen(false)}
      onCancel={() => setHelpOpen(false)}
    >
      <h2 id="help-title">{t(touch ? 'help.touchFirstTitle' : 'help.title')}</h2>
      {touch && gestures}
      {touch && <h3>{t('help.keysTitle')}</h3>}
      <table>
        <tbody>
          {SHORTCUTS.map((id) => (
            <tr key={id}>
              <th scope="row">
                <kbd>{t(`help.keys.${id}.keys`)}</kbd>
              </th>
              <td>{t(`help.keys.${id}.what`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!touch && gestures}
      <button type="button" onClick={() => setHelpOpen(false)}>
        {t('help.close')}
      </button>
    </dialog>
  );
}
