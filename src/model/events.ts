import type { LiveSetting, Settings } from './params.ts';

// What can happen to both sides at the start of a tick: the lab's scripted and hand-made
// changes. The engine never sees these; `Lab.step` applies them to each side's engine.

/** Something done to a person on both sides at the start of a tick. */
export interface PersonEvent {
  tick: number;
  type: 'start' | 'fail' | 'restore';
  node: number;
  /** For a request started by hand: its addressee (otherwise drawn at random). */
  to?: number;
}

/** A live setting (marked `live` in the schema) changed on both sides from the start of a tick on. */
export interface SettingEvent {
  tick: number;
  type: 'set';
  key: LiveSetting;
  value: Settings[LiveSetting];
}

/**
 * Knock out the `count` people who matter most on one side's network as it stands at that tick,
 * among those still working: `by` ties (most ties to working people) or between (highest
 * betweenness over the working network), ties to the lower id. The same people go on both
 * sides, so a scene can say "the best-connected peers" and mean it at every seed.
 */
export interface TargetEvent {
  tick: number;
  type: 'knock-most';
  count: number;
  by: 'ties' | 'between';
  side: 'hierarchy' | 'p2p';
}

/** Something that happens to both sides at the start of a tick. */
export type LabEvent = PersonEvent | SettingEvent | TargetEvent;
