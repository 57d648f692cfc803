import { describe, expect, it } from 'vitest';
import { computeEquipotency } from '../model/equipotency.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { Lab } from '../model/lab.ts';
import { parseSettings } from '../model/settingsText.ts';
import { SCENES } from '../scenes/scenes.ts';
import { createLabStore } from './labStore.ts';
import { sceneSetup } from './slices/scenes.ts';

// Scenes are data; these tests hold them to it, and hold each scene's words to its run.

const fresh = () => createLabStore({ settings: { ...DEFAULT_SETTINGS } });

describe('scenes', () => {
  it('are at least nine, with unique ids, valid settings and events for real people', () => {
    expect(SCENES.length).toBeGreaterThanOrEqual(9);
    expect(new Set(SCENES.map((s) => s.id)).size).toBe(SCENES.length);
    for (const scene of SCENES) {
      const { problems } = parseSettings(new URLSearchParams(scene.settings), 'url');
      expect(problems, scene.id).toEqual([]);
      const { settings } = sceneSetup(scene.id)!;
      for (const e of scene.events) if ('node' in e) expect(e.node).toBeLessThan(settings.nodes);
      expect(scene.question.endsWith('?')).toBe(true);
    }
  });

  it('open with their settings and events, and leave into the sandbox with the same state', () => {
    const store = fresh();
    store.getState().openScene('bottlenecks');
    const state = store.getState();
    expect(state.scene).toBe('bottlenecks');
    expect([state.settings.capacity, state.settings.traffic, state.settings.load]).toEqual([
      1,
      'requests',
      0.06,
    ]);
    store.getState().step();
    const lab = store.getState().lab;
    store.getState().leaveScene();
    expect(store.getState().scene).toBeNull();
    expect(store.getState().lab).toBe(lab);
  });

  it('have titles that never collide with the graph regions’ names (Hierarchy, Peer-to-peer)', () => {
    // The scene card is a region named "Scene: <title>"; scripts find the graphs by name.
    for (const scene of SCENES) expect(scene.title).not.toMatch(/hierarchy|peer-to-peer/i);
  });

  it('go forward and back in order', () => {
    const store = fresh();
    store.getState().openScene(SCENES[0].id);
    store.getState().nextScene();
    expect(store.getState().scene).toBe(SCENES[1].id);
    store.getState().previousScene();
    store.getState().previousScene();
    expect(store.getState().scene).toBe(SCENES[0].id);
  });

  it('names an unknown scene instead of breaking', () => {
    const store = fresh();
    store.getState().openScene('nope');
    expect(store.getState().notices).toContain('There is no scene “nope”.');
    expect(store.getState().scene).toBeNull();
  });

  it('the hydra cuts the three best-connected peers still working, as its text says, at any seed', () => {
    const { settings, events } = sceneSetup('hydra')!;
    for (let seed = 1; seed <= 20; seed++) {
      const lab = new Lab({ ...settings, seed }, events);
      while (lab.tick < 3) lab.step();
      const { engine } = lab.side('p2p');
      const up = Uint8Array.from(engine.working);
      const tiesToWorking = (v: number) => {
        let k = 0;
        for (let e = engine.graph.offsets[v]; e < engine.graph.ends[v]; e++)
          k += up[engine.graph.neighbors[e]];
        return k;
      };
      lab.step(); // tick 3: the cut
      const hubs = Array.from({ length: settings.nodes }, (_, v) => v).filter(
        (v) => up[v] && !engine.working[v],
      );
      expect(hubs, `seed ${seed}`).toHaveLength(3);
      const others = Array.from({ length: settings.nodes }, (_, v) => v).filter(
        (v) => up[v] && engine.working[v] && v !== lab.source,
      );
      const weakestHub = Math.min(...hubs.map(tiesToWorking));
      expect(weakestHub).toBeGreaterThanOrEqual(Math.max(...others.map(tiesToWorking)));
      // The same people are out on both sides.
      expect([...lab.side('hierarchy').engine.working]).toEqual([...engine.working]);
    }
  });
});

describe('what each scene says happens, happens', () => {
  const finished = (id: string) => {
    const { settings, events } = sceneSetup(id)!;
    const lab = new Lab(settings, events).run();
    return [lab.summary('hierarchy'), lab.summary('p2p')] as const;
  };

  it('client-server: from the top the hierarchy is at least as fast; peers send far more', () => {
    const [h, p] = finished('client-server');
    expect(h.ticksTo100!).toBeLessThanOrEqual(p.ticksTo100!);
    expect(p.sends).toBeGreaterThan(4 * h.sends);
  });

  it('front-line and communities: from the front line the peers are faster', () => {
    for (const id of ['front-line', 'communities']) {
      const [h, p] = finished(id);
      expect(p.ticksTo100!, id).toBeLessThan(h.ticksTo100!);
    }
  });

  it('who-starts: rank matters in the hierarchy, hardly among peers', () => {
    const { settings } = sceneSetup('who-starts')!;
    const result = computeEquipotency(settings);
    const spread = (t: Int32Array) => Math.max(...t) - Math.min(...t);
    expect(spread(result.hierarchy.to100)).toBeGreaterThan(2 * spread(result.p2p.to100));
    expect(result.hierarchy.to100[0]).toBe(Math.min(...result.hierarchy.to100));
  });

  it('bottlenecks: the top’s queue grows; the peers’ stays short', () => {
    const [h, p] = finished('bottlenecks');
    expect(h.maxQueueNode).toBe(0);
    expect(h.maxQueue).toBeGreaterThan(5 * Math.max(1, p.maxQueue));
  });

  it('hydra: after the cuts the peers can still reach more people', () => {
    const [h, p] = finished('hydra');
    expect(p.reachable).toBeGreaterThan(2 * h.reachable);
  });

  it('rumours: more believe a garbled version in the hierarchy, and peers pay in messages', () => {
    const [h, p] = finished('rumours');
    expect(h.believingDistorted).toBeGreaterThan(p.believingDistorted);
    expect(p.sends).toBeGreaterThan(4 * h.sends);
  });

  it('nimbleness: answers come back sooner among peers', () => {
    const [h, p] = finished('nimbleness');
    expect(h.latencyP50!).toBeGreaterThan(p.latencyP50!);
  });

  it('hybrid: a few informal ties keep the worst queue short, and answers as fast as peers', () => {
    const { settings } = sceneSetup('hybrid')!;
    expect(settings.cross).toBe(settings.nodes / 4);
    // Typical, not lucky: over 20 seeds, the scene's and the same run without shortcuts.
    let halved = 0;
    let asFast = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const run = (cross: number) => {
        const lab = new Lab({ ...settings, cross, seed }).run();
        return [lab.summary('hierarchy'), lab.summary('p2p')] as const;
      };
      const [tree] = run(0);
      const [h, p] = run(settings.cross);
      expect(h.maxQueue, `seed ${seed}`).toBeLessThanOrEqual(6);
      if (2 * h.maxQueue <= tree.maxQueue) halved++;
      if (Math.abs(h.latencyP50! - p.latencyP50!) <= 1) asFast++;
    }
    expect(halved).toBe(20);
    expect(asFast).toBeGreaterThanOrEqual(18);
  });
});
