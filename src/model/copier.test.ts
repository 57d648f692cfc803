import { describe, expect, it } from 'vitest';
import { Copier } from './copier.ts';
import { Lab } from './lab.ts';
import { DEFAULT_SETTINGS } from './params.ts';
import { stillOf } from './shown.ts';

describe('Copier: still copies in buffers used before', () => {
  it('a copy holds what its source held, at its length', () => {
    const copies = new Copier();
    const source = Int32Array.from({ length: 10 }, (_, i) => i * 3);
    expect([...copies.copy(source)]).toEqual([...source]);
    expect([...copies.copy(source, 4)]).toEqual([0, 3, 6, 9]);
    expect(copies.copy(Uint8Array.of(1, 2))).toBeInstanceOf(Uint8Array);
  });

  it('reuses a buffer only once the generation after its own has ended too', () => {
    const copies = new Copier();
    const source = new Int32Array(100).fill(7);
    const first = copies.copy(source);
    copies.release();
    // One generation on: the first copy may still be read, so it is left alone.
    const second = copies.copy(source.fill(8));
    expect(second.buffer).not.toBe(first.buffer);
    expect(first[0]).toBe(7);
    copies.release();
    // Two on: its buffer is handed out again.
    const third = copies.copy(source.fill(9));
    expect(third.buffer).toBe(first.buffer);
    expect(third[0]).toBe(9);
    // Not a buffer of another kind, nor one too small.
    expect(copies.take(Uint8Array, 100).buffer).not.toBe(second.buffer);
  });

  it('hands each size back its own buffer, whatever order they were freed in', () => {
    const copies = new Copier();
    const sizes = [100, 4000, 100, 2000, 4000];
    const first = sizes.map((n) => copies.take(Int32Array, n).buffer);
    copies.release();
    copies.release();
    const again = sizes.map((n) => copies.take(Int32Array, n).buffer);
    expect(new Set(again)).toEqual(new Set(first));
    expect(again.map((b) => b.byteLength)).toEqual(first.map((b) => b.byteLength));
  });

  it('lets go of buffers not taken again within a generation', () => {
    const copies = new Copier();
    const first = copies.copy(new Int32Array(50));
    copies.release();
    copies.release();
    // Free now, but this generation takes nothing; after the next release it is gone.
    copies.release();
    expect(copies.copy(new Int32Array(50)).buffer).not.toBe(first.buffer);
  });

  it('a still copy from a Copier shows what a fresh one does, tick after tick', () => {
    const settings = { ...DEFAULT_SETTINGS, adapt: 'on' as const, load: 0.05, maxTicks: 30 };
    const lab = new Lab(settings, []);
    const copies = new Copier();
    for (let t = 0; t < 30; t++) {
      lab.step();
      for (const { engine } of lab.sides) {
        const [fresh, reused] = [stillOf(engine, true), stillOf(engine, true, copies)];
        expect(reused.queues.length).toEqual(fresh.queues.length);
        expect(reused.working).toEqual(fresh.working);
        expect(reused.ties.neighbors).toEqual(fresh.ties.neighbors);
        expect(reused.ties.used).toEqual(fresh.ties.used);
        expect(reused.dynamics.org?.manager).toEqual(fresh.dynamics.org?.manager);
        for (let v = 0; v < engine.graph.n; v++)
          expect(reused.first.tickOf(v)).toBe(fresh.first.tickOf(v));
      }
      copies.release();
    }
  });
});
