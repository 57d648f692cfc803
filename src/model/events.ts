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

/** Something that happens to both sides at the start of a tick. */
export type LabEvent = PersonEvent | SettingEvent;
