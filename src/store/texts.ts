import { t } from '../i18n/i18n.ts';
import type { ParamSpec } from '../model/params.ts';
import type { Scene } from '../scenes/scenes.ts';

// Words that have one English source outside the catalogue — the settings schema (which the CLI
// also prints) and the scenes' data — in the language in force. English comes straight from the
// source; other languages' catalogues carry `settings.<name>.*` and `scenes.<id>.*`, and the
// catalogue test fails when one is missing.

/** A setting's name as the controls show it. */
export const settingLabel = (spec: ParamSpec): string =>
  t(`settings.${spec.name}.label`, { defaultValue: spec.label });

/** What a setting does, in a sentence. */
export const settingHelp = (spec: ParamSpec): string =>
  t(`settings.${spec.name}.help`, { defaultValue: spec.help });

/** One option of a setting that takes a word (`small-world`, `on`, …), as the menu shows it. */
export const optionLabel = (spec: ParamSpec, option: string): string =>
  t(`settings.${spec.name}.options.${option}`, { defaultValue: option });

/** A scene's title, question, story and contrast button. */
export function sceneWords(scene: Scene): {
  title: string;
  question: string;
  text: string;
  contrast: string | null;
} {
  const key = `scenes.${scene.id}`;
  return {
    title: t(`${key}.title`, { defaultValue: scene.title }),
    question: t(`${key}.question`, { defaultValue: scene.question }),
    text: t(`${key}.text`, { defaultValue: scene.text }),
    contrast: scene.contrast ? t(`${key}.contrast`, { defaultValue: scene.contrast.label }) : null,
  };
}
