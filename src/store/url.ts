import type { LabEvent } from '../model/engine.ts';
import { parseSettings, type Settings } from '../model/params.ts';
import { SCENES, sceneById } from '../scenes/scenes.ts';

/** Query keys the page itself reads (scenes, embedding, …); not settings, not errors. */
export const PAGE_KEYS: readonly string[] = ['embed', 'autoplay', 'loop', 'scene', 'v', 't', 'ev'];

export interface UrlState {
  settings: Settings;
  notices: string[];
  scene: string | null;
  events: LabEvent[];
}

/**
 * The lab's starting state from a query string. `scene` brings the scene's
 * settings and events; settings in the URL override them. Every ignored value
 * becomes a notice naming it.
 */
export function stateFromUrl(search: string): UrlState {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  const sceneId = query.get('scene');
  const scene = sceneId === null ? undefined : sceneById(sceneId);
  if (sceneId !== null && !scene) {
    notices.push(
      `Ignored scene=${JSON.stringify(sceneId)}: there is no such scene (scenes: ${SCENES.map((s) => s.id).join(', ')}).`,
    );
  }
  const pairs = [...new URLSearchParams(scene?.settings ?? ''), ...query];
  const { settings, problems } = parseSettings(pairs, 'url', PAGE_KEYS);
  notices.push(...problems.map((p) => `Ignored ${p.message}.`));
  return {
    settings,
    notices,
    scene: scene?.id ?? null,
    events: scene ? scene.events.map((e) => ({ ...e })) : [],
  };
}
