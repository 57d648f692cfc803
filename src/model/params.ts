/**
 * The one schema of every setting. The URL, the CLI, validation and the
 * controls all read this table: adding a setting here makes it appear in each.
 * The short URL keys and long CLI flags are public — slides and scripts hold
 * them — so never rename one.
 */

export const HIERARCHY_KINDS = ['balanced', 'varied'] as const;
export const P2P_KINDS = [
  'small-world',
  'communities',
  'random',
  'scale-free',
  'complete',
] as const;
const PROTOCOLS = ['flood', 'gossip'] as const;
const TRAFFIC_KINDS = ['broadcast', 'requests'] as const;
const FAILURE_KINDS = ['random', 'targeted', 'central'] as const;
const NAMED_SOURCES = ['top', 'leaf', 'random'] as const;
const SWITCH = ['off', 'on'] as const;

export type HierarchyKind = (typeof HIERARCHY_KINDS)[number];
export type P2pKind = (typeof P2P_KINDS)[number];
export type Protocol = (typeof PROTOCOLS)[number];
export type TrafficKind = (typeof TRAFFIC_KINDS)[number];
export type FailureKind = (typeof FAILURE_KINDS)[number];
export type Switch = (typeof SWITCH)[number];
/** A person's id, or `top` (node 0), `leaf` (the last id), `random` (seeded). */
export type Source = (typeof NAMED_SOURCES)[number] | number;

export interface Settings {
  nodes: number;
  span: number;
  hierarchy: HierarchyKind;
  p2p: P2pKind;
  degree: number;
  rewire: number;
  communities: number;
  /** Informal ties added to the hierarchy (a "multiscale" organization); 0 = a pure tree. */
  cross: number;
  /** Relational dynamics: informal ties form, fade and repair while people work. */
  adapt: Switch;
  /** Chance that passing a message on from a to c ties a and c (with `adapt` on). */
  bond: number;
  /** Ticks an informal tie survives unused; `Infinity` = never fades. */
  fade: number;
  /** Ticks after a knock-out before the lost person's contacts re-tie. */
  repair: number;
  /** Ticks after a manager's knock-out before a report is promoted into the post; `Infinity` = never. */
  reorg: number;
  /** Sends per person per tick; `Infinity` means unlimited. */
  capacity: number;
  protocol: Protocol;
  fanout: number;
  /** Ticks a gossiping person keeps telling others; `Infinity` = until all reachable know. */
  rounds: number;
  traffic: TrafficKind;
  load: number;
  loss: number;
  distortion: number;
  fail: number;
  failure: FailureKind;
  source: Source;
  seed: number;
  maxTicks: number;
}

/** The most people a generated organization may hold (and so the highest person id a link may name). */
export const MAX_PEOPLE = 100000;
/** The fewest people an organization may hold: a top and one report. */
export const MIN_PEOPLE = 2;
/** The longest run: the highest tick a link or an event may name. */
export const MAX_TICKS = 100000;

interface SpecBase<K extends keyof Settings> {
  name: K;
  /** Short query key, e.g. `n`. */
  url: string;
  /** Long CLI flag without dashes, e.g. `nodes`. */
  cli: string;
  label: string;
  help: string;
  default: Settings[K];
  /** Shown among the lab's controls (while `relevant` says it matters). */
  control: boolean;
  /** May change in the middle of a run, from the next tick on ("fork from here"). */
  live?: true;
  /** Shapes the networks: a change builds new ones (anything else reuses them). */
  network?: true;
  /** Decided by an imported org chart, so fixed while one is loaded. */
  orgFixed?: true;
  /** Whether the setting matters under these settings (a control is shown only then). */
  relevant?: (settings: Settings) => boolean;
  /** Its control says in a line under it what it does (for settings a room may not guess). */
  explain?: true;
}
interface NumberSpec<K extends keyof Settings> extends SpecBase<K> {
  type: 'int' | 'number';
  min: number;
  max: number;
  step: number;
  /** Accepts `inf` (and ∞) as unlimited. */
  unlimited?: boolean;
}
interface EnumSpec<K extends keyof Settings> extends SpecBase<K> {
  type: 'enum';
  options: readonly string[];
}
interface SourceSpec extends SpecBase<'source'> {
  type: 'source';
  options: readonly string[];
}
export type ParamSpec =
  { [K in keyof Settings]: NumberSpec<K> | EnumSpec<K> }[keyof Settings] | SourceSpec;

// prettier-ignore
const SCHEMA = [
  {
    name: 'nodes', url: 'n', cli: 'nodes', type: 'int', min: MIN_PEOPLE, max: MAX_PEOPLE, step: 1, default: 40,
    control: true, network: true, orgFixed: true,
    label: 'People', help: 'How many people the organization has (the same on both sides).',
  },
  {
    name: 'span', url: 'span', cli: 'span', type: 'int', min: 1, max: 20, step: 1, default: 3,
    control: true, network: true, orgFixed: true,
    label: 'Span of control', help: 'Reports per manager in the hierarchy.',
  },
  {
    name: 'hierarchy', url: 'h', cli: 'hierarchy', type: 'enum', options: HIERARCHY_KINDS,
    default: 'balanced', control: true, network: true, orgFixed: true, label: 'Hierarchy',
    help: 'balanced: every manager has the same span; varied: spans drawn per manager around it.',
  },
  {
    name: 'p2p', url: 'p2p', cli: 'p2p', type: 'enum', options: P2P_KINDS, default: 'small-world',
    control: true, network: true, orgFixed: true, label: 'Peer network',
    help: 'How the peers are tied: small-world, communities, random, scale-free (hubs) or complete.',
  },
  {
    name: 'degree', url: 'degree', cli: 'degree', type: 'int', min: 1, max: 100, step: 1, default: 4,
    control: true, network: true,
    label: 'Ties per person', help: 'Mean number of peers each person works with.',
  },
  {
    name: 'rewire', url: 'rewire', cli: 'rewire', type: 'number', min: 0, max: 1, step: 0.01,
    default: 0.1, control: true, network: true, orgFixed: true, label: 'Rewiring',
    relevant: (s: Settings) => s.p2p === 'small-world',
    help: 'Small-world only: chance that a tie to a neighbour becomes a tie to anyone.',
  },
  {
    name: 'communities', url: 'comm', cli: 'communities', type: 'int', min: 1, max: 100, step: 1,
    default: 4, control: true, network: true, orgFixed: true, label: 'Communities',
    relevant: (s: Settings) => s.p2p === 'communities',
    help: 'Communities only: how many node communities the peers form.',
  },
  {
    name: 'cross', url: 'cross', cli: 'cross-ties', type: 'int', min: 0, max: 5 * MAX_PEOPLE,
    step: 1, default: 0, control: true, network: true, label: 'Informal ties (hierarchy)',
    explain: true,
    help: 'Informal ties added to the hierarchy between people drawn at random, beside the reporting lines (up to 5 per person).',
  },
  {
    name: 'adapt', url: 'adapt', cli: 'adapt', type: 'enum', options: SWITCH, default: 'off',
    control: true, live: true, label: 'Ties adapt',
    explain: true,
    help: 'on: informal ties form where work passes through someone, fade when idle, and re-knit around people who drop out.',
  },
  {
    name: 'bond', url: 'bond', cli: 'bond', type: 'number', min: 0, max: 1, step: 0.05,
    default: 0.05, control: true, live: true, label: 'Bonding',
    relevant: (s: Settings) => s.adapt === 'on',
    explain: true,
    help: 'Chance that passing a message on introduces the one it came from to the one it goes to.',
  },
  {
    name: 'fade', url: 'fade', cli: 'fade-after', type: 'int', min: 1, max: 100000, step: 1,
    unlimited: true, default: 100, control: true, live: true, label: 'Fade after',
    relevant: (s: Settings) => s.adapt === 'on',
    explain: true,
    help: 'Ticks an informal tie lasts without a message before it fades (inf = never); nobody loses their last one.',
  },
  {
    name: 'repair', url: 'repair', cli: 'repair-delay', type: 'int', min: 1, max: 1000, step: 1,
    default: 1, control: true, live: true, label: 'Repair delay',
    relevant: (s: Settings) => s.adapt === 'on',
    explain: true,
    help: 'Ticks after someone drops out before the people tied to them tie to each other.',
  },
  {
    name: 'reorg', url: 'reorg', cli: 'reorg-delay', type: 'int', min: 1, max: 100000, step: 1,
    unlimited: true, default: Infinity, control: true, live: true, label: 'Reorg delay',
    explain: true,
    help: 'Ticks after a manager drops out before a report is promoted into the post (inf = never).',
  },
  {
    name: 'capacity', url: 'cap', cli: 'capacity', type: 'int', min: 1, max: 1000, step: 1,
    unlimited: true, default: 1, control: true, live: true, label: 'Capacity',
    help: 'Messages a person can pass on per tick (inf = unlimited). The same for everyone.',
  },
  {
    name: 'protocol', url: 'proto', cli: 'protocol', type: 'enum', options: PROTOCOLS,
    default: 'flood', control: true, label: 'Peer protocol',
    help: 'flood: tell every contact; gossip: tell a few at random each tick. The hierarchy always uses the chain of command.',
  },
  {
    name: 'fanout', url: 'fanout', cli: 'fanout', type: 'int', min: 1, max: 50, step: 1, default: 1,
    control: true, label: 'Gossip fanout', relevant: (s: Settings) => s.protocol === 'gossip',
    help: 'Gossip only: contacts told per tick.',
  },
  {
    name: 'rounds', url: 'rounds', cli: 'rounds', type: 'int', min: 1, max: 10000, step: 1,
    unlimited: true, default: Infinity, control: true, label: 'Gossip rounds',
    relevant: (s: Settings) => s.protocol === 'gossip',
    help: 'Gossip only: ticks a person keeps telling others after learning (inf = until everyone reachable knows).',
  },
  {
    name: 'traffic', url: 'traffic', cli: 'traffic', type: 'enum', options: TRAFFIC_KINDS,
    default: 'broadcast', control: true, label: 'Traffic',
    help: 'broadcast: announcements that must reach everyone; requests: one person needs something from one other.',
  },
  {
    name: 'load', url: 'load', cli: 'load', type: 'number', min: 0, max: 1, step: 0.001, default: 0,
    control: true, live: true, label: 'Load',
    help: 'Chance per tick that each person starts a new message (0 = just the one message).',
  },
  {
    name: 'loss', url: 'loss', cli: 'loss', type: 'number', min: 0, max: 0.99, step: 0.01, default: 0,
    control: true, live: true, label: 'Loss', help: 'Chance that any one message passed on is lost.',
  },
  {
    name: 'distortion', url: 'distort', cli: 'distortion', type: 'number', min: 0, max: 0.5,
    step: 0.01, default: 0, control: true, live: true, label: 'Distortion',
    help: 'Chance that a message passed on flips between true and distorted.',
  },
  {
    name: 'fail', url: 'fail', cli: 'fail', type: 'number', min: 0, max: 0.95, step: 0.01,
    default: 0, control: true, label: 'Knocked out', help: 'Share of people out before the run.',
  },
  {
    name: 'failure', url: 'failure', cli: 'failure', type: 'enum', options: FAILURE_KINDS,
    default: 'random', control: true, label: 'Who is knocked out',
    relevant: (s: Settings) => s.fail > 0,
    help: 'random; targeted: the best connected first; central: the most in-between first.',
  },
  {
    name: 'source', url: 'src', cli: 'source', type: 'source', options: NAMED_SOURCES,
    default: 'leaf', control: true, label: 'Who starts',
    help: 'Who starts the first message: top, leaf (the last person), random, or a person’s id.',
  },
  {
    name: 'seed', url: 'seed', cli: 'seed', type: 'int', min: 0, max: 4294967295, step: 1,
    default: 1, control: true, network: true,
    label: 'Seed', help: 'The same seed and settings always give the same run.',
  },
  {
    name: 'maxTicks', url: 'maxt', cli: 'max-ticks', type: 'int', min: 1, max: MAX_TICKS, step: 1,
    default: 1000, control: false, label: 'Tick limit',
    help: 'The run stops here at the latest (with load > 0 it always runs this long).',
  },
] as const satisfies readonly ParamSpec[];

/** Settings that may change mid-run (marked `live` in the schema). */
export type LiveSetting = Extract<(typeof SCHEMA)[number], { live: true }>['name'];

/** Every setting, in the order the CLI's help and the controls list them. */
export const PARAMS: readonly ParamSpec[] = SCHEMA;

/** Every live setting, in schema order. */
export const LIVE_SETTINGS: readonly LiveSetting[] = PARAMS.filter((p) => p.live).map(
  (p) => p.name as LiveSetting,
);

/** Settings with one live setting changed (as a `set` event changes it mid-run). */
export function withLive(
  settings: Settings,
  key: LiveSetting,
  value: Settings[LiveSetting],
): Settings {
  return { ...settings, [key]: value };
}

export function isLive(name: keyof Settings): name is LiveSetting {
  return specOf(name).live === true;
}

/** Does the setting matter under `settings`? (Refinements only matter for some choices.) */
export function isRelevant(spec: ParamSpec, settings: Settings): boolean {
  return spec.relevant?.(settings) ?? true;
}

/** A key that changes exactly when the networks must be rebuilt. */
export function networkKey(settings: Settings): string {
  return PARAMS.filter((p) => p.network)
    .map((p) => formatValue(settings[p.name]))
    .join('|');
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(PARAMS.map((p) => [p.name, p.default])) as unknown as Settings,
);

export function specOf(name: keyof Settings): ParamSpec {
  const spec = PARAMS.find((p) => p.name === name);
  if (!spec) throw new Error(`no setting named ${name}`);
  return spec;
}

/** The text form of a setting's value, as the URL and CLI write it. */
export function formatValue(value: Settings[keyof Settings]): string {
  return value === Infinity ? 'inf' : String(value);
}
