import { t } from '../../i18n/i18n.ts';
import type { LabEvent } from '../../model/events.ts';
import type { Settings } from '../../model/params.ts';
import { SCENES, sceneById } from '../../scenes/scenes.ts';
import { stateFromUrl } from '../url.ts';
import type { Kit } from './kit.ts';

export interface ScenesState {
  /** The scene being told, or null in the free sandbox. */
  scene: string | null;
}

export interface ScenesActions {
  openScene(id: string): void;
  /** Into the free sandbox, keeping everything as it is. */
  leaveScene(): void;
  nextScene(): void;
  previousScene(): void;
}

/** A scene's settings and events, from its data: the same as opening `?scene=<id>`. */
export function sceneSetup(id: string): { settings: Settings; events: LabEvent[] } | undefined {
  const state = stateFromUrl(new URLSearchParams({ scene: id }).toString());
  return state.scene ? state : undefined;
}

export function scenesActions(kit: Kit): ScenesActions {
  const { set, get } = kit;
  return {
    openScene(id) {
      const setup = sceneSetup(id);
      const scene = sceneById(id);
      if (!setup || !scene) {
        kit.notify(t('notices.noScene', { id }));
        return;
      }
      kit.restart(setup.settings, setup.events, {
        org: null,
        scene: scene.id,
        equipotencyOpen: !!scene.equipotency,
      });
    },
    leaveScene() {
      set({ scene: null });
    },
    nextScene() {
      const i = SCENES.findIndex((s) => s.id === get().scene);
      if (i < SCENES.length - 1) get().openScene(SCENES[i + 1].id);
    },
    previousScene() {
      const i = SCENES.findIndex((s) => s.id === get().scene);
      if (i > 0) get().openScene(SCENES[i - 1].id);
    },
  };
}
