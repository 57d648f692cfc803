import { useTranslation } from 'react-i18next';
import { SCENES, sceneById, type Scene } from '../scenes/scenes.ts';
import { sceneWords } from '../store/texts.ts';
import { selectControls, settingsMatchQuery } from '../store/selectors.ts';
import { Control } from './Controls.tsx';
import { useActions, useLab } from './labPage.tsx';

/** Scene navigation: pick a scene, step through them, or leave into the sandbox. */
export function SceneNav() {
  const scene = useLab((s) => s.scene);
  const { openScene, nextScene, previousScene, leaveScene } = useActions();
  const index = SCENES.findIndex((s) => s.id === scene);
  const { t } = useTranslation();
  return (
    <nav className="scene-nav" aria-label={t('scenes.nav')}>
      <button type="button" onClick={previousScene} disabled={index <= 0}>
        <span aria-hidden="true">◀ </span>
        <span className="nav-word">{t('scenes.previous')}</span>
      </button>
      <label className="scene-select">
        <span className="visually-hidden">{t('scenes.scene')}</span>
        <select
          value={scene ?? ''}
          onChange={(e) => (e.target.value ? openScene(e.target.value) : leaveScene())}
        >
          <option value="">{t('scenes.sandbox')}</option>
          {SCENES.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {sceneWords(s).title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => (index < 0 ? openScene(SCENES[0].id) : nextScene())}
        disabled={index === SCENES.length - 1}
      >
        <span className="nav-word">{t('scenes.next')}</span>
        <span aria-hidden="true"> ▶</span>
      </button>
    </nav>
  );
}

/** The scene's words: its question before the run starts, then what to look for. */
export function SceneCard() {
  const id = useLab((s) => s.scene);
  const before = useLab((s) => s.tick === 0 && !s.playing);
  // On the stage the question stays: large type, one or two lines; the story is the room's to tell.
  const presenter = useLab((s) => s.presenter);
  const { leaveScene } = useActions();
  const { t } = useTranslation();
  const scene = id ? sceneById(id) : undefined;
  if (!scene) return null;
  const number = SCENES.indexOf(scene) + 1;
  const words = sceneWords(scene);
  return (
    <section
      className="scene-card"
      role="region"
      aria-label={t('scenes.region', { title: words.title })}
    >
      <div>
        <h2>
          <span className="scene-number">
            {t('scenes.number', { number, total: SCENES.length })}
          </span>{' '}
          {words.title}
        </h2>
        {before || presenter ? (
          <p className="question">
            <strong>{t('scenes.predict')}</strong> {words.question}
          </p>
        ) : (
          <p>{words.text}</p>
        )}
      </div>
      {scene.controls && <SceneControls scene={scene} />}
      {scene.contrast && <Contrast scene={scene} />}
      <button type="button" onClick={leaveScene}>
        {t('scenes.explore')}
      </button>
    </section>
  );
}

/** One click to the conditions under which the scene's story turns (and back). */
function Contrast({ scene }: { scene: Scene }) {
  const { applySettingsQuery, openScene } = useActions();
  const active = useLab((s) => settingsMatchQuery(s.settings, scene.contrast!.settings));
  const { t } = useTranslation();
  if (active)
    return (
      <button type="button" onClick={() => openScene(scene.id)}>
        {t('scenes.back')}
      </button>
    );
  return (
    <button type="button" onClick={() => applySettingsQuery(scene.contrast!.settings)}>
      {sceneWords(scene).contrast}
    </button>
  );
}

/** The settings a scene invites the room to change, beside its words. */
function SceneControls({ scene }: { scene: Scene }) {
  const controls = useLab(selectControls).filter((c) => scene.controls!.includes(c.spec.name));
  const { t } = useTranslation();
  if (controls.length === 0) return null;
  return (
    <form
      className="scene-controls"
      aria-label={t('scenes.tryAnother')}
      onSubmit={(e) => e.preventDefault()}
    >
      {controls.map(({ spec, value, text }) => (
        <Control key={spec.name} spec={spec} value={value} text={text} prefix="scene-setting" />
      ))}
    </form>
  );
}
