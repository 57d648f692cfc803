import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/i18n.ts';
import { SYNC_LAYOUT_LIMIT } from '../layout/layoutAsync.ts';
import { warmUpOnce } from '../render/warm.ts';
import { LiveLayout } from '../layout/liveLayout.ts';
import { layoutNow } from '../layout/layoutNow.ts';
import type { Positions } from '../layout/positions.ts';
import type { SideName } from '../model/lab.ts';
import type { Network } from '../model/networks/index.ts';
import { pieceMs } from '../render/fit.ts';
import { SideRenderer } from '../render/sideRenderer.ts';
import { tieSample } from '../render/tieStrokes.ts';
import { attachZoom } from '../render/zoomController.ts';
import { LONG_FRAME_MS } from '../store/clock.ts';
import { outChecker } from '../store/selectors.ts';
import { useActions, useLab, useLabPage } from './labPage.tsx';
import { PersonInfo } from './PersonInfo.tsx';
import { SideStats } from './SideStats.tsx';
import { SIDE_INDEX, sideLabel } from './sides.ts';
import { useDrawingStyle } from './theme.ts';

/**
 * What the panel says it shows: a hierarchy with informal ties says so (dashed, or paler where
 * people are summarized: `tieStrokes.ts`); both give their mean ties.
 */
function describe(side: SideName, network: Network, crowded: boolean, t: TFunction): string {
  // The network a run starts from is compact (CSR): its neighbour list holds each tie twice.
  const ties = network.graph.neighbors.length / 2;
  const perPerson = formatNumber((2 * ties) / Math.max(1, network.graph.n), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const mean = ' ' + t('panel.mean', { perPerson });
  const informal = network.manager ? ties - (network.graph.n - 1) : 0;
  if (informal <= 0) return t(`panel.describe.${side}`) + mean;
  return t(`panel.describe.${crowded ? 'informalFaint' : 'informal'}`, { count: informal }) + mean;
}

/** Gives the renderer the canvas's size as laid out now (reading it lays the page out if due). */
function sizeRenderer(renderer: SideRenderer, canvas: HTMLCanvasElement): void {
  const box = canvas.getBoundingClientRect();
  renderer.resize(box.width, box.height, window.devicePixelRatio || 1);
}

/** One organization: its graph on a canvas, its live numbers, and the person in focus. */
export function GraphPanel({ side }: { side: SideName }) {
  const { store, clock, renderers, layout, view } = useLabPage();
  const { embed } = view;
  const { hover, clickPerson } = useActions();
  const { t } = useTranslation();
  const network = useLab((s) => s.lab.sides[SIDE_INDEX[side]].network);
  const people = network.graph.n;
  // Workshop sizes are laid out at once; large graphs settle in a worker while the panel says so.
  const kind = side === 'hierarchy' ? 'hierarchy' : 'peers';
  const quick = useMemo(
    () => (people <= SYNC_LAYOUT_LIMIT ? layoutNow(network, kind) : null),
    [network, kind, people],
  );
  const [settled, setSettled] = useState<{ network: Network; positions: Positions } | null>(null);
  useEffect(() => {
    if (people <= SYNC_LAYOUT_LIMIT) return;
    // A very big picture's first frames run code the page has not used yet: compiled meanwhile.
    if (people >= 20_000) warmUpOnce();
    return layout.layout(network, kind, (positions) => setSettled({ network, positions }));
  }, [layout, network, kind, people]);
  const positions = quick ?? (settled?.network === network ? settled.positions : null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // One renderer per panel; network and style changes reach it in the effects below.
  const [renderer] = useState(() => new SideRenderer(side === 'hierarchy'));
  const dirty = useRef(true);
  // Too many people on screen to tell apart: the renderer summarizes them, and the panel says so.
  const [crowded, setCrowded] = useState(false);
  /** When the last long press fired: the click a browser may send as the finger lifts is not a tap. */
  const longPressed = useRef(-Infinity);
  // Follows changes of ties: the peers' forces restart warm, the org chart re-flows on promotion.
  const live = useMemo(
    () => (positions ? new LiveLayout(network, kind, positions) : null),
    [network, kind, positions],
  );
  const liveRef = useRef(live);

  useEffect(() => {
    const canvas = canvasRef.current!;
    renderer.attach(canvas);
    renderer.watchCrowding(setCrowded);
    renderers.set(side, renderer);
    const zoom = attachZoom(
      canvas,
      (transform) => {
        renderer.setTransform(transform);
        canvas.dataset.zoom = transform.k.toFixed(3);
        dirty.current = true;
        clock.wake();
      },
      {
        // A long press knocks the person out (or back in), whatever a tap does; an embed only follows them.
        onLongPress(x, y) {
          const person = renderer.pick(x, y);
          if (person === null) return;
          longPressed.current = performance.now();
          if (view.embed) store.getState().hover(person);
          else store.getState().clickPerson(person, true);
        },
      },
    );
    const observer = new ResizeObserver(() => {
      sizeRenderer(renderer, canvas);
      dirty.current = true;
      clock.wake();
    });
    observer.observe(canvas);
    const unsubscribe = store.subscribe(() => {
      dirty.current = true;
    });
    let lastProgress = 1;
    let waited = false;
    const stopFrames = clock.onFrame((progress, spent) => {
      const state = store.getState();
      const { engine, network: shown } = state.lab.sides[SIDE_INDEX[side]];
      const still = state.onShow(SIDE_INDEX[side]);
      const moved = liveRef.current?.frame(engine, still, clock.reduced());
      if (moved) {
        renderer.setPositions(moved);
        dirty.current = true;
      }
      // Still moving: the layout wants the next frame too.
      if (!dirty.current && progress >= 1 && lastProgress >= 1) return Boolean(moved);
      // The other side made this a long frame (100,000 people), or drew a piece of its first
      // picture: this one is drawn in the next, though never two frames in a row; and it stops
      // part way once the frame is long (`draw`).
      if (spent > Math.min(LONG_FRAME_MS, pieceMs(shown.graph.n)) && !waited)
        return (waited = true);
      waited = false;
      const until = performance.now() + Math.max(0, LONG_FRAME_MS - spent);
      const drawn = renderer.draw(
        {
          network: shown,
          engine: still,
          tick: state.tick,
          progress,
          source: state.lab.source,
          hovered: state.hovered,
          isOut: outChecker(state, SIDE_INDEX[side], still),
        },
        until,
      );
      // Stopped part way (a big side's first picture): the rest in the next frame.
      if (!drawn) return true;
      lastProgress = progress;
      dirty.current = false;
      return Boolean(moved);
    });
    return () => {
      stopFrames();
      unsubscribe();
      observer.disconnect();
      zoom.destroy();
      renderer.detach();
      if (renderers.get(side) === renderer) renderers.delete(side);
    };
  }, [renderer, renderers, store, clock, side, view.embed]);

  // Before the browser paints: the people are placed now, so whether they are crowded is known
  // and its note (which takes room from the canvas) is in place before the first picture. Found
  // in the first frame instead, the note came a frame later and the picture was drawn twice,
  // once at a size about to change (100,000 people: a wait of up to ~240 ms).
  useLayoutEffect(() => {
    renderer.setNetwork(network, positions);
    if (positions) renderer.placement();
    liveRef.current = live;
    dirty.current = true;
    clock.wake();
  }, [renderer, network, positions, live, clock]);

  const { marks, weight } = useDrawingStyle();
  useEffect(() => {
    renderer.setStyle(marks, weight);
    dirty.current = true;
    clock.wake();
  }, [renderer, marks, weight, clock]);

  const personAt = (event: MouseEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return renderer.pick(event.clientX - box.left, event.clientY - box.top);
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

  const label = sideLabel(side);
  // Where people are summarized, or ties are too many, one tie in `sample` is drawn (as the
  // renderer does), from the ties on show: adapting ties can triple them. It seldom changes.
  const reporting = network.manager ? network.graph.n - 1 : 0;
  const sample = useLab((s) =>
    tieSample(s.onShow(SIDE_INDEX[side]).ties.count, reporting, crowded),
  );
  const description = describe(side, network, crowded, t);
  const note =
    positions !== null && (crowded || sample > 1)
      ? !crowded
        ? t('panel.sampled', { every: sample })
        : sample > 1
          ? t('panel.crowdedSampled', { every: sample })
          : t('panel.crowded')
      : null;
  // The note and description take room from the canvas: when they change, the renderer hears its
  // new size now. A resize observer would tell it only after the next frame had drawn at the old one.
  useLayoutEffect(() => {
    sizeRenderer(renderer, canvasRef.current!);
    dirty.current = true;
  }, [renderer, note, description]);
  return (
    <section className={`panel panel-${side}`} role="region" aria-label={label}>
      <div className="panel-head">
        <header>
          <h2>{label}</h2>
          <p className="panel-description">{description}</p>
          {note !== null && (
            <p className="crowded" role="note">
              {note}
            </p>
          )}
        </header>
        <SideStats side={side} />
      </div>
      <canvas
        ref={canvasRef}
        className="graph"
        tabIndex={0}
        data-people={people}
        aria-label={t('panel.canvas', { side: label, count: people })}
        onMouseMove={(e) => hover(personAt(e))}
        onMouseLeave={() => hover(null)}
        onClick={(e) => {
          if (performance.now() - longPressed.current < 1000) return;
          const person = personAt(e);
          // In an embed a click only follows someone, as the panel says; the full lab does more.
          if (person !== null && embed) hover(person);
          else if (person !== null) clickPerson(person, e.shiftKey || e.altKey);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => hover(null)}
      />
      {positions === null && (
        <p className="settling" role="note">
          {t('panel.arranging', { count: people })}
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
