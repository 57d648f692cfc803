import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { layoutNetwork, SYNC_LAYOUT_LIMIT } from '../layout/layoutAsync.ts';
import type { Positions } from '../layout/positions.ts';
import type { Network } from '../model/networks/index.ts';
import { layoutHierarchy } from '../layout/hierarchyLayout.ts';
import { layoutPeers } from '../layout/peerLayout.ts';
import type { SideName } from '../model/lab.ts';
import { SideRenderer } from '../render/sideRenderer.ts';
import { attachZoom } from '../render/zoomController.ts';
import { useActions, useClock, useLab, useLabStore } from '../store/context.tsx';
import { pendingOutcomes } from '../store/derived.ts';
import { PersonInfo } from './PersonInfo.tsx';
import { SideStats } from './SideStats.tsx';
import { renderers } from './share/targets.ts';
import { SIDE_INDEX, SIDE_LABEL } from './sides.ts';
import { useDrawingStyle } from './theme.ts';

const DESCRIPTION: Record<SideName, string> = {
  hierarchy: 'Command and control: messages go up and down reporting lines only.',
  p2p: 'Peers: everyone passes messages to the people they work with.',
};

/** One organization: its graph on a canvas, its live numbers, and the person in focus. */
export function GraphPanel({ side }: { side: SideName }) {
  const store = useLabStore();
  const clock = useClock();
  const { hover, clickPerson } = useActions();
  const network = useLab((s) => s.lab.sides[SIDE_INDEX[side]].network);
  const people = network.graph.n;
  // Workshop sizes are laid out at once; large graphs settle in a worker while the panel says so.
  const kind = side === 'hierarchy' ? 'hierarchy' : 'peers';
  const quick = useMemo(
    () =>
      people <= SYNC_LAYOUT_LIMIT
        ? side === 'hierarchy'
          ? layoutHierarchy(network)
          : layoutPeers(network)
        : null,
    [network, side, people],
  );
  const [settled, setSettled] = useState<{ network: Network; positions: Positions } | null>(null);
  useEffect(() => {
    if (people <= SYNC_LAYOUT_LIMIT) return;
    return layoutNetwork(network, kind, (positions) => setSettled({ network, positions }));
  }, [network, kind, people]);
  const positions = quick ?? (settled?.network === network ? settled.positions : null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rendererRef = useRef<SideRenderer | null>(null);
  const dirty = useRef(true);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const renderer = new SideRenderer(canvas, network.graph, positions, side === 'hierarchy');
    rendererRef.current = renderer;
    renderers.set(side, renderer);
    const zoom = attachZoom(canvas, (transform) => {
      renderer.setTransform(transform);
      dirty.current = true;
    });
    const observer = new ResizeObserver(() => {
      const box = canvas.getBoundingClientRect();
      renderer.resize(box.width, box.height, window.devicePixelRatio || 1);
      dirty.current = true;
    });
    observer.observe(canvas);
    const unsubscribe = store.subscribe(() => {
      dirty.current = true;
    });
    let lastProgress = 1;
    const stopFrames = clock.onFrame((progress) => {
      if (!dirty.current && progress >= 1 && lastProgress >= 1) return;
      lastProgress = progress;
      dirty.current = false;
      const state = store.getState();
      const sideState = state.lab.sides[SIDE_INDEX[side]];
      const pending = pendingOutcomes(state);
      renderer.draw({
        engine: sideState.engine,
        tick: state.tick,
        progress,
        source: state.lab.source,
        hovered: state.hovered,
        isOut: (v) => pending.get(v) ?? sideState.engine.working[v] === 0,
      });
    });
    return () => {
      stopFrames();
      unsubscribe();
      observer.disconnect();
      zoom.destroy();
      rendererRef.current = null;
      if (renderers.get(side) === renderer) renderers.delete(side);
    };
    // The renderer lives as long as the panel; network changes go through setNetwork below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, clock, side]);

  useEffect(() => {
    rendererRef.current?.setNetwork(network.graph, positions);
    dirty.current = true;
  }, [network, positions]);

  const { colors, weight } = useDrawingStyle();
  useEffect(() => {
    rendererRef.current?.setStyle(colors, weight);
    dirty.current = true;
  }, [colors, weight]);

  const personAt = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return rendererRef.current?.pick(event.clientX - box.left, event.clientY - box.top) ?? null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const current = store.getState().hovered;
    const move = (to: number) => {
      event.preventDefault();
      event.stopPropagation();
      hover(((to % people) + people) % people);
    };
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move((current ?? -1) + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move((current ?? 0) - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(people - 1);
    else if (current !== null && (event.key === 'Enter' || event.key.toLowerCase() === 'k')) {
      event.preventDefault();
      event.stopPropagation();
      clickPerson(current, event.key.toLowerCase() === 'k');
    }
  };

  const label = SIDE_LABEL[side];
  return (
    <section className={`panel panel-${side}`} role="region" aria-label={label}>
      <header>
        <h2>{label}</h2>
        <p className="panel-description">{DESCRIPTION[side]}</p>
      </header>
      <SideStats side={side} />
      <canvas
        ref={canvasRef}
        className="graph"
        tabIndex={0}
        data-people={people}
        aria-label={`${label} network of ${people} people. Arrow keys move between people; Enter starts a message from the person in focus; K knocks them out or back in.`}
        onMouseMove={(e) => hover(personAt(e))}
        onMouseLeave={() => hover(null)}
        onClick={(e) => {
          const person = personAt(e);
          if (person !== null) clickPerson(person, e.shiftKey || e.altKey);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => hover(null)}
      />
      {positions === null && (
        <p className="settling" role="note">
          Arranging {people.toLocaleString('en')} people…
        </p>
      )}
      <PersonInfo side={side} />
    </section>
  );
}

/** Both organizations side by side: the page's main view, and all an embed shows. */
export function Panels() {
  return (
    <div className="panels">
      <GraphPanel side="hierarchy" />
      <GraphPanel side="p2p" />
    </div>
  );
}
