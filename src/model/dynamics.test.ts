import { describe, expect, it } from 'vitest';
import { components, largestComponentSize } from './analysis.ts';
import { SideEngine } from './engine.ts';
import { graphOf, options, send, settingsOf, tick } from './engineTesting.ts';
import { edgesOf, type Graph } from './graph.ts';
import { Lab } from './lab.ts';
import { buildHierarchy, buildPeerNetwork } from './networks/index.ts';
import type { Settings } from './params.ts';
import { createRandom } from './random.ts';
import { INFORMAL } from './ties.ts';

describe('a fan-out queued with small capacity', () => {
  it('goes on to the contacts it was queued for when the ties change before it is all sent', () => {
    // 0 has contacts 1, 2 and 3 and passes on one send a tick.
    const star = graphOf(5, [
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    const run = (tieAt: number | null) => {
      const engine = new SideEngine(
        star,
        options({ capacity: 1, adapt: false }),
        createRandom(1),
        new Uint8Array(5),
      );
      const order: number[] = [];
      for (let t = 0; t < 4; t++) {
        if (t === tieAt) engine.ties.add(0, 4, INFORMAL, t);
        tick(engine, t === 0 ? 0 : undefined);
        for (let i = 0; i < engine.flights.count; i++) order.push(engine.flights.to[i]);
      }
      return { order, queued: engine.queues.total };
    };
    expect(run(null)).toEqual({ order: [1, 2, 3], queued: 0 });
    // A tie 0–4 formed after the first send: the fan-out was for 1, 2 and 3, and stays so.
    expect(run(1)).toEqual({ order: [1, 2, 3], queued: 0 });
  });

  it('sends what it has left, once, when the capacity is raised to unlimited part way', () => {
    const star = graphOf(5, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    const engine = new SideEngine(
      star,
      options({ capacity: 1, adapt: false }),
      createRandom(1),
      new Uint8Array(5),
    );
    const sent: number[][] = [];
    for (let t = 0; t < 3; t++) {
      // One send in the first tick, then unlimited: the other three go in the second.
      if (t === 1) engine.options.capacity = Infinity;
      tick(engine, t === 0 ? 0 : undefined);
      const to: number[] = [];
      engine.flights.eachSend(engine.ties, (_i, _from, v) => to.push(v) > 0);
      sent.push(to);
    }
    expect(sent).toEqual([[1], [2, 3, 4], []]);
    expect(engine.counts.redundant).toBe(0);
  });

  it('forwards to the whole row when the tie a copy came along is gone by the time it lands', () => {
    // 0 tells 1, and their tie goes while the copy is on its way: 1 has no one to skip.
    const engine = new SideEngine(
      graphOf(4, [
        [0, 1],
        [1, 2],
        [1, 3],
      ]),
      options({ capacity: 1, adapt: false }),
      createRandom(1),
      new Uint8Array(4),
    );
    tick(engine, 0);
    engine.ties.remove(engine.ties.tieBetween(0, 1));
    for (let t = 0; t < 4; t++) tick(engine);
    expect([1, 2, 3].map((v) => engine.first.tickOf(v))).toEqual([1, 2, 3]);
  });
});

describe('forming ties: triadic closure', () => {
  it('ties a and c at the end of the tick in which b passes on a message from a to c (bond 1)', () => {
    const engine = new SideEngine(
      graphOf(4, [
        [0, 1],
        [1, 2],
        [2, 3],
      ]),
      options({ bond: 1 }),
      createRandom(1),
      new Uint8Array(4),
    );
    tick(engine, 0); // 0 → 1
    expect(engine.ties.has(0, 2)).toBe(false);
    tick(engine); // 1 passes it on from 0 to 2: 0–2 forms
    expect(engine.ties.has(0, 2)).toBe(true);
    expect(engine.dynamics.counts.formed).toBe(1);
    const id = engine.ties.tieBetween(0, 2);
    expect(engine.ties.formed[id]).toBe(1);
    expect(engine.ties.kind[id]).toBe(INFORMAL);
    // News on the new tie: 0 knew, so it tells 2 (one more send, redundant once 2 hears from 1).
    tick(engine);
    // 2 hears from 1 and tells all its other contacts, 3 and now 0; and 0, who knew, tells 2.
    expect(engine.counts.sends).toBe(3);
  });

  it('never forms a tie with bond 0 or with adapt off', () => {
    for (const o of [options({ bond: 0 }), options({ bond: 1, adapt: false })]) {
      const lab = new Lab(settingsOf({ nodes: 60, traffic: 'requests', load: 0.05, maxTicks: 60 }));
      const engine = new SideEngine(
        lab.sides[1].network.graph,
        o,
        createRandom(2),
        new Uint8Array(60),
      );
      for (let t = 0; t < 30; t++) tick(engine, t % 60);
      expect(engine.ties.count).toBe(edgesOf(lab.sides[1].network.graph).length);
    }
  });
});

describe('fading', () => {
  // A triangle 0–1–2 with 3 hanging off 2.
  const triangle = (): Graph =>
    graphOf(4, [
      [0, 1],
      [1, 2],
      [0, 2],
      [2, 3],
    ]);

  it('drops a tie unused for `fade` ticks at the end of a tick, but never anyone’s last informal tie', () => {
    const engine = new SideEngine(
      triangle(),
      options({ fade: 3 }),
      createRandom(1),
      new Uint8Array(4),
    );
    engine.beginTick();
    send(engine); // tick 0: nothing used
    engine.beginTick();
    send(engine); // tick 1
    expect(engine.ties.count).toBe(4);
    engine.beginTick();
    send(engine); // tick 2: unused for ticks 0, 1, 2 → the first tie that may go, goes
    expect(engine.dynamics.counts.faded).toBe(1);
    // 0–1 went first (lowest tie id); then 0 and 1 each had one informal tie left, so 0–2 and 1–2
    // stay, and 2–3 is 3's only tie.
    expect(engine.ties.has(0, 1)).toBe(false);
    expect(engine.ties.count).toBe(3);
    for (let t = 0; t < 10; t++) {
      engine.beginTick();
      send(engine);
    }
    expect(engine.ties.count).toBe(3);
  });

  it('keeps a tie that carries messages', () => {
    const engine = new SideEngine(
      triangle(),
      options({ fade: 3 }),
      createRandom(1),
      new Uint8Array(4),
    );
    for (let t = 0; t < 12; t++) tick(engine, t % 2 === 0 ? 0 : undefined);
    // 0 floods every other tick: every tie carries a copy at least every 2 ticks (1–2 only
    // redundant ones, but delivered), so none stays unused for 3.
    expect(engine.ties.count).toBe(4);
    const faster = new SideEngine(
      triangle(),
      options({ fade: 2 }),
      createRandom(1),
      new Uint8Array(4),
    );
    for (let t = 0; t < 12; t++) tick(faster, t % 2 === 0 ? 0 : undefined);
    // With fade 2, 1–2 goes at the end of tick 1, before the first copy along it arrives.
    expect(faster.ties.has(1, 2)).toBe(false);
  });

  it('never fades reporting lines', () => {
    const network = buildHierarchy(settingsOf({ nodes: 40, cross: 10 }));
    const engine = new SideEngine(
      network.graph,
      options({ fade: 1 }),
      createRandom(1),
      new Uint8Array(40),
      network,
    );
    for (let t = 0; t < 5; t++) tick(engine);
    for (let v = 1; v < 40; v++) expect(engine.ties.has(v, network.manager![v])).toBe(true);
    expect(engine.ties.count).toBeGreaterThanOrEqual(39);
    expect(engine.ties.count).toBeLessThan(49);
  });
});

describe('repair: survival of the connected (MODEL.md check)', () => {
  const cases: Array<[Settings['p2p'], number, Settings['failure'], number]> = [];
  for (const p2p of ['small-world', 'random', 'scale-free', 'communities'] as const)
    for (const fail of [0.1, 0.2, 0.4])
      for (const failure of ['random', 'targeted'] as const)
        for (const repair of [1, 4]) cases.push([p2p, fail, failure, repair]);

  it('on a connected peer network, every working person can reach the others again by tick repair (MODEL.md allows repair + 1), and hears the message', () => {
    let checked = 0;
    for (const [p2p, fail, failure, repair] of cases) {
      for (let seed = 1; seed <= 3; seed++) {
        const settings = settingsOf({ nodes: 80, p2p, fail, failure, repair, adapt: 'on', seed });
        const network = buildPeerNetwork(settings);
        if (components(network.graph).sizes.length !== 1) continue;
        const lab = new Lab(settings);
        const side = lab.side('p2p');
        const before = largestComponentSize(network.graph, side.engine.working);
        while (lab.tick <= repair && !lab.done) lab.step();
        // Repaired at the start of tick `repair`: already together in that tick's record.
        const row = side.series[repair] ?? side.series[side.series.length - 1];
        expect(row.largestGroup, `${p2p} ${fail} ${failure} repair ${repair} seed ${seed}`).toBe(
          row.working,
        );
        lab.run();
        const last = side.series[side.series.length - 1];
        expect(last.informedWorking).toBe(last.working);
        if (before < last.working) checked++;
      }
    }
    // Not vacuous: many of these runs were cut apart by the knock-outs before repair.
    expect(checked).toBeGreaterThan(20);
  });

  it('re-ties through knocked-out neighbours of each other, and counts the ties as repaired', () => {
    // A path 0–1–2–3–4: 1 and 2 are out, so 0 and 3 were connected only through both.
    const engine = new SideEngine(
      graphOf(5, [
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
      ]),
      options({ repair: 2 }),
      createRandom(1),
      Uint8Array.of(0, 1, 1, 0, 0),
    );
    tick(engine);
    tick(engine);
    expect(engine.ties.has(0, 3)).toBe(false);
    expect(engine.dynamics.pending(engine.options, engine.tick)).toBe(true);
    tick(engine); // the start of tick 2 = repair ticks after the knock-out at tick 0
    expect(engine.ties.has(0, 3)).toBe(true);
    expect(engine.dynamics.counts.repaired).toBe(1);
    expect(engine.dynamics.pending(engine.options, engine.tick)).toBe(false);
  });

  it('gives a person who comes back their old ties', () => {
    const lab = new Lab(settingsOf({ nodes: 30, adapt: 'on', fade: 2, load: 0 }), [
      { tick: 0, type: 'fail', node: 5 },
      { tick: 20, type: 'restore', node: 5 },
    ]);
    const ties = edgesOf(lab.sides[1].network.graph).filter(([u, v]) => u === 5 || v === 5);
    lab.run();
    for (const [u, v] of ties) expect(lab.sides[1].engine.ties.has(u, v)).toBe(true);
  });
});

describe('the end of a tick in parts', () => {
  it('forms the same ties and queues the same news as in one go, stopping after each few sends', () => {
    const ring = Array.from({ length: 30 }, (_, v) => [v, (v + 1) % 30] as const);
    const make = () =>
      new SideEngine(graphOf(30, ring), options({ bond: 1 }), createRandom(3), new Uint8Array(30));
    const whole = make();
    const parted = make();
    let split = 0;
    for (let t = 0; t < 12; t++) {
      const start = t % 3 === 0 ? t : undefined;
      tick(whole, start);
      parted.beginTick();
      parted.reorganize();
      parted.arrive();
      parted.gossip();
      if (start !== undefined) parted.start(start);
      parted.sendFrom(0, parted.graph.n);
      // Each part stops once new ties queued a send; a tick with several new ties takes several.
      let parts = 1;
      while (!parted.endTick(1)) parts++;
      if (parts > 1) split++;
      expect(parted.tick).toBe(whole.tick);
      expect(parted.ties.count).toBe(whole.ties.count);
      expect(parted.queues.total).toBe(whole.queues.total);
      expect(parted.dynamics.counts).toEqual(whole.dynamics.counts);
      expect(parted.first.heardCount).toBe(whole.first.heardCount);
    }
    expect(split).toBeGreaterThan(2);
    expect(whole.dynamics.counts.formed).toBeGreaterThan(10);
  });
});
