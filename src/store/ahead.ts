import type { Lab } from '../model/lab.ts';
import { stillOf, type SideShow } from '../model/shown.ts';

/**
 * The next tick, worked out in parts while the one on show is still being drawn, so a heavy tick
 * never holds a frame. Only a steady tick (`Lab.steady`: ties and who is in stay as they are) is
 * run ahead; meanwhile each side is drawn from a still copy of its engine as it was. Whatever
 * else reads or changes the lab first ends the tick under way (`finish`), and that tick is shown.
 */
export class Ahead {
  private lab: Lab | null = null;
  private parts: Generator<void, void, void> | null = null;
  private stills: readonly SideShow[] = [];

  /** A tick is under way ahead and not yet worked out to its end. */
  get pending(): boolean {
    return this.parts !== null;
  }

  /**
   * Works on `lab`'s next tick until `deadline` (`performance.now()`; with `eager`, one part at
   * least), starting it if the lab is steady. Returns true once a tick ahead is ready to be shown.
   */
  run(lab: Lab, deadline: number, eager: boolean): boolean {
    if (this.lab !== lab) {
      this.finish();
      if (lab.done || !lab.steady) return false;
      this.stills = lab.sides.map((side) => stillOf(side.engine));
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
