import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sceneById } from '../scenes/scenes.ts';
import { sceneWords } from '../store/texts.ts';
import { selectQuery } from '../store/selectors.ts';
import { Comparison } from './Comparison.tsx';
import { Panels } from './GraphPanel.tsx';
import { useLab, usePageView } from './labPage.tsx';
import { LiveStatus } from './LiveStatus.tsx';
import { pageAddress } from './share/embedCode.ts';
import { Shortcuts } from './Shortcuts.tsx';

/** The lab inside someone else's page: the two graphs (and, if asked, the comparison), no controls. */
export function Embed() {
  const { summary } = usePageView();
  const keyboard = useHasKeyboard();
  return (
    <div className={`app embed${keyboard ? ' has-keyboard' : ''}`}>
      <SceneTitle />
      <LiveStatus />
      <main className="stage">
        <Panels />
      </main>
      {summary && (
        <section className="analysis">
          <Comparison />
        </section>
      )}
      <OpenInLab />
      <Shortcuts />
    </div>
  );
}

/** The scene on show, by name, so a slide says which story the embed tells. */
function SceneTitle() {
  const id = useLab((s) => s.scene);
  const scene = id ? sceneById(id) : undefined;
  if (!scene) return null;
  return <p className="embed-scene">{sceneWords(scene).title}</p>;
}

/** Whether keys go to this frame (it has focus): the frame shows it, so a presenter knows. */
function useHasKeyboard(): boolean {
  const [focused, setFocused] = useState(() => document.hasFocus());
  useEffect(() => {
    const on = () => setFocused(true);
    const off = () => setFocused(false);
    window.addEventListener('focus', on);
    window.addEventListener('blur', off);
    return () => {
      window.removeEventListener('focus', on);
      window.removeEventListener('blur', off);
    };
  }, []);
  return focused;
}

/** A link that opens this very moment of the run in the full lab. */
function OpenInLab() {
  const query = useLab(selectQuery);
  const { t } = useTranslation();
  return (
    <a className="open-in-lab" href={`${pageAddress()}?${query}`} target="_blank" rel="noopener">
      {t('embed.open')}
    </a>
  );
}
