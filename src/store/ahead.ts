import type { Lab } from '../model/lab.ts';
import { Copier } from '../model/copier.ts';
import { stillOf, type SideShow } from '../model/shown.ts';

/**
 * The next tick, worked out in parts while the one on show is still being drawn, so a heavy tick
 * never holds a frame. Meanwhile each side is drawn from a still copy of its engine as it was
 * (with its ties and chain of command copied too when the tick may change them: `Lab.steady`). Whatever
 * else reads or changes the lab first ends the tick under way (`finish`), and that tick is shown.
 */
export class Ahead {
  private lab: Lab | null = null;
  private parts: Generator<void, void, void> | null = null;
  /** Whether the tick's parts have begun: the still copies come first, a side per call if need be. */
  private started = false;
  private changing = false;
  private stills: SideShow[] = [];
  /** The still copies' arrays, reused from tick to tick. */
  private copies = new Copier();
  /**
   * A run that stopped part-way through a tick (`Lab.halted`) goes on showing the tick before,
   * as its counts do: the picture of the tick left part done would not match them.
   */
  private halted: { lab: Lab; stills: SideShow[] } | null = null;

  /** `lab`'s next tick is worked out, ready to be shown (or it has none: the run is over). */
  ready(lab: Lab): boolean {
    return (this.lab === lab && this.started && this.parts === null) || lab.done;
  }

  /**
   * Works on `lab`'s next tick until `deadline` (`performance.now()`; with `eager`, one part at
   * least), starting it if there is one. Returns true once a tick ahead is ready to be shown.
   */
  run(lab: Lab, deadline: number, eager: boolean): boolean {
    if (this.lab !== lab) {
      this.finish();
      if (this.halted?.lab !== lab) this.halted = null;
      // Taking the still copies is work too (O(people), more when ties are copied): not in a
      // frame that has no time left.
      if (lab.done || (!eager && performance.now() >= deadline)) return false;
      this.changing = !lab.steady;
      this.lab = lab;
    }
    // A still copy of each side first; at 100,000 people with ties that change, one is tens of
    // milliseconds, so the second waits for the next call once the first took the time there was.
    while (this.stills.length < lab.sides.length) {
      const { engine } = lab.sides[this.stills.length];
      this.stills.push(stillOf(engine, this.changing, this.copies));
      if (this.stills.length < lab.sides.length && performance.now() >= deadline) return false;
    }
    if (!this.started) this.start(lab);
    if (!this.parts) return true;
    for (let first = eager; first || performance.now() < deadline; first = false) {
      if (this.parts.next().done) {
        this.parts = null;
        return true;
      }
    }
    return false;
  }

  private start(lab: Lab): void {
    this.started = true;
    this.parts = lab.inParts();
  }

  /** Ends the tick under way ahead, if any (running what is left of it); returns its lab, or null. */
  finish(): Lab | null {
    const { lab } = this;
    if (!lab) return null;
    if (!this.started) this.start(lab);
    while (this.parts && !this.parts.next().done);
    if (lab.halted && this.stills.length === lab.sides.length) {
      // Its copies stay on show: later ones come from buffers of their own.
      this.halted = { lab, stills: this.stills };
      this.copies = new Copier();
    } else this.copies.release();
    this.parts = null;
    this.lab = null;
    this.started = false;
    this.stills = [];
    return lab;
  }

  /**
   * What side `side` of `lab` shows: the still copy while its next tick is under way (or after
   * that tick stopped the run part-way), else its engine (also before its copy is taken).
   */
  show(lab: Lab, side: 0 | 1): SideShow {
    if (this.lab === lab && this.stills[side]) return this.stills[side];
    if (this.halted?.lab === lab) return this.halted.stills[side];
    return lab.sides[side].engine;
  }
}
