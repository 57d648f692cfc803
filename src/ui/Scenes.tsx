import { SCENES, sceneById, type Scene } from '../scenes/scenes.ts';
import { selectControls, settingsMatchQuery } from '../store/selectors.ts';
import { Control } from './Controls.tsx';
import { useActions, useLab } from './labPage.tsx';

/** Scene navigation: pick a scene, step through them, or leave into the sandbox. */
export function SceneNav() {
  const scene = useLab((s) => s.scene);
  const { openScene, nextScene, previousScene, leaveScene } = useActions();
  const index = SCENES.findIndex((s) => s.id === scene);
  return (
    <nav className="scene-nav" aria-label="Scenes">
      <button type="button" onClick={previousScene} disabled={index <= 0}>
        <span aria-hidden="true">◀ </span>
        <span className="nav-word">Previous scene</span>
      </button>
      <label className="scene-select">
        <span className="visually-hidden">Scene</span>
        <select
          value={scene ?? ''}
          onChange={(e) => (e.target.value ? openScene(e.target.value) : leaveScene())}
        >
          <option value="">Free sandbox</option>
          {SCENES.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => (index < 0 ? openScene(SCENES[0].id) : nextScene())}
        disabled={index === SCENES.length - 1}
      >
        <span className="nav-word">Next scene</span>
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
  const scene = id ? sceneById(id) : undefined;
  if (!scene) return null;
  const number = SCENES.indexOf(scene) + 1;
  return (
    <section className="scene-card" role="region" aria-label={`Scene: ${scene.title}`}>
      <div>
        <h2>
          <span className="scene-number">
            Scene {number} of {SCENES.length}
          </span>{' '}
          {scene.title}
        </h2>
        {before || presenter ? (
          <p className="question">
            <strong>Predict first:</strong> {scene.question}
          </p>
        ) : (
          <p>{scene.text}</p>
        )}
      </div>
      {scene.controls && <SceneControls scene={scene} />}
      {scene.contrast && <Contrast scene={scene} />}
      <button type="button" onClick={leaveScene}>
        Explore freely
      </button>
    </section>
  );
}

/** One click to the conditions under which the scene's story turns (and back). */
function Contrast({ scene }: { scene: Scene }) {
  const { applySettingsQuery, openScene } = useActions();
  const active = useLab((s) => settingsMatchQuery(s.settings, scene.contrast!.settings));
  if (active)
    return (
      <button type="button" onClick={() => openScene(scene.id)}>
        Back to the scene’s settings
      </button>
    );
  return (
    <button type="button" onClick={() => applySettingsQuery(scene.contrast!.settings)}>
      {scene.contrast!.label}
    </button>
  );
}

/** The settings a scene invites the room to change, beside its words. */
function SceneControls({ scene }: { scene: Scene }) {
  const controls = useLab(selectControls).filter((c) => scene.controls!.includes(c.spec.name));
  if (controls.length === 0) return null;
  return (
    <form
      className="scene-controls"
      aria-label="Try another value"
      onSubmit={(e) => e.preventDefault()}
    >
      {controls.map(({ spec, value, text }) => (
        <Control key={spec.name} spec={spec} value={value} text={text} prefix="scene-setting" />
      ))}
    </form>
  );
}
