import type { Lab } from '../model/lab.ts';
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
  private stills: readonly SideShow[] = [];

  /** `lab`'s next tick is worked out, ready to be shown (or it has none: the run is over). */
  ready(lab: Lab): boolean {
    return (this.lab === lab && this.parts === null) || lab.done;
  }

  /**
   * Works on `lab`'s next tick until `deadline` (`performance.now()`; with `eager`, one part at
   * least), starting it if there is one. Returns true once a tick ahead is ready to be shown.
   */
  run(lab: Lab, deadline: number, eager: boolean): boolean {
    if (this.lab !== lab) {
      this.finish();
      // Taking the still copies is work too (O(people), more when ties are copied): not in a
      // frame that has no time left.
      if (lab.done || (!eager && performance.now() >= deadline)) return false;
      const changing = !lab.steady;
      this.stills = lab.sides.map((side) => stillOf(side.engine, changing));
      this.lab = lab;
      this.parts = lab.inParts();
    }
    if (!this.parts) return true;
    for (let first = eager; first || performance.now() < deadline; first = false) {
      if (this.parts.next().done) {
        this.parts = null;
        return true;
      }
    }
    return false;
  }

  /** Ends the tick under way ahead, if any (running what is left of it); returns its lab, or null. */
  finish(): Lab | null {
    const { lab } = this;
    if (!lab) return null;
    while (this.parts && !this.parts.next().done);
    this.parts = null;
    this.lab = null;
    this.stills = [];
    return lab;
  }

  /** What side `side` of `lab` shows: the still copy while its next tick is under way, else its engine. */
  show(lab: Lab, side: 0 | 1): SideShow {
    return this.lab === lab ? this.stills[side] : lab.sides[side].engine;
  }
}
