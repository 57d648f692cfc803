import type { LabEvent } from '../model/events.ts';
import type { Settings } from '../model/params.ts';

/**
 * The guided story. Each scene is data: settings written as a query string
 * (the same short keys as the URL), events scripted at given ticks, and the
 * words shown with it. Nothing here is a code path of its own.
 */
export interface Scene {
  /** Short id, used as `?scene=<id>`. Public: slides link to it. */
  id: string;
  title: string;
  /** Two or three sentences shown beside the graphs. */
  text: string;
  /** Asked before the run starts, so the room commits to a guess. */
  question: string;
  /** Settings as a query string (short URL keys); anything not named is the default. */
  settings: string;
  /** Scripted events, the same for both sides. */
  events: LabEvent[];
  /** Opens the "Who starts it" view with this scene. */
  equipotency?: boolean;
  /** Settings the scene card offers a control for, so the room can try another value and play again. */
  controls?: ReadonlyArray<keyof Settings>;
  /** A one-click contrast on the card: settings (a query string) under which the story turns. */
  contrast?: { label: string; settings: string };
}

/** Forty people: a three-level org chart beside peers with six working ties each. */
const BASE = 'n=40&span=3&degree=6&rewire=0.3&cap=inf&seed=1';

export const SCENES: readonly Scene[] = [
  {
    id: 'client-server',
    title: 'Same people, two shapes',
    text: 'News from the top. The hierarchy is built for exactly this: every message travels down a reporting line and none is wasted. The peers get there about as fast, but pass it to everyone they work with, so they send about five times the messages.',
    question: 'News starts at the top. Which side tells everyone first, and what does it cost?',
    settings: `${BASE}&src=top`,
    events: [],
  },
  {
    id: 'communities',
    title: 'Node communities',
    text: 'Peers cluster into teams that talk mostly among themselves, with a few ties between teams. Once news lands in a team, the whole team has it within a tick or two; the ties between teams carry it on.',
    question: 'Will the news reach the teams one after another, or all at once?',
    settings: 'n=60&span=3&p2p=communities&degree=6&comm=5&cap=inf&src=leaf&seed=3',
    events: [],
  },
  {
    id: 'front-line',
    title: 'News from the front line',
    text: 'Someone at the edge of the organization learns something first. In the hierarchy it must climb to the top before it can come down the other branches; among peers it spreads out from wherever it starts.',
    question: 'News starts with someone on the front line. Which side tells everyone first now?',
    settings: `${BASE}&src=leaf`,
    events: [],
  },
  {
    id: 'who-starts',
    title: 'Who starts it?',
    text: 'Every person in turn starts the same news, each free to tell all their contacts at once (unlimited capacity). In the hierarchy the answer depends on rank: the top is fastest, the front line slowest. Among equipotent peers almost anyone gets the word out about as fast as anyone else. With capacity 1 the flood’s copies queue up and this turns around: try it.',
    question: 'In each organization, how much does it matter who starts?',
    settings: `${BASE}&src=top`,
    events: [],
    equipotency: true,
    contrast: { label: 'Try capacity 1', settings: 'cap=1' },
  },
  {
    id: 'bottlenecks',
    title: 'Bottlenecks',
    text: 'Everyone now and then asks someone else a question, and each person can pass on one message per tick. In the hierarchy every question between departments goes through a few managers, and the queue at the top keeps growing; the peers share the load.',
    question: 'Where will the queues pile up, and will they ever clear?',
    settings: 'n=40&span=3&degree=6&rewire=0.3&cap=1&traffic=requests&load=0.06&maxt=80&seed=2',
    events: [],
  },
  {
    id: 'hydra',
    title: 'The Giant Hydra',
    text: 'A message starts on the front line. Then the top drops out, then a fifth of everyone, then the best-connected peers. Each cut takes whole branches off the hierarchy; the peer network routes around the gaps.',
    question: 'After all three cuts, what share of the people can each side still reach?',
    settings: `${BASE}&src=leaf`,
    events: [
      // Person 0 is the top of every generated hierarchy, at every seed.
      { tick: 1, type: 'fail', node: 0 },
      // A fifth of the 40 people, drawn once at random when the scene was written.
      ...[5, 6, 10, 11, 16, 20, 24, 31].map((node) => ({ tick: 2, type: 'fail' as const, node })),
      // The three best-connected peers still working, found on the network at tick 3 (any seed).
      { tick: 3, type: 'knock-most', count: 3, by: 'ties', side: 'p2p' },
    ],
  },
  {
    id: 'rumours',
    title: 'Misinformation and dialogue',
    text: 'Each time a message is passed on there is a one-in-ten chance it gets garbled. A chain compounds the errors level by level; peers hear several versions and go with the majority. In about two runs out of three more people end up believing a garbled version in the hierarchy (typically about 12 against 6). The price: whatever the peers believe, true or not, reaches everyone at five times the messages.',
    question: 'Which side ends with more people believing a garbled version?',
    settings: 'n=60&span=3&degree=6&rewire=0.3&cap=inf&distort=0.1&src=top&seed=3',
    events: [],
  },
  {
    id: 'nimbleness',
    title: 'Nimbleness',
    text: 'Front-line people need answers from colleagues elsewhere in the organization. In the hierarchy each question climbs to a shared manager and back down, waiting in queues on the way; among peers it takes a short path across.',
    question: 'How long does a typical answer take on each side?',
    settings: 'n=60&span=3&degree=6&rewire=0.3&cap=1&traffic=requests&load=0.015&maxt=60&seed=5',
    events: [],
  },
  {
    id: 'hybrid',
    title: 'Shortcuts across the org chart',
    text: 'The same org chart plus 20 informal ties between people drawn at random, one for every four people (dashed). Questions that used to climb to a shared manager now take a shortcut: the worst queue stays a few messages long, and half the answers come back about as fast as among the peers. Set “Informal ties (hierarchy)” to 0 and play again to see what the shortcuts are worth.',
    question:
      'Add one informal tie for every four people to the hierarchy. Will its managers still be the bottleneck?',
    settings: 'n=80&span=3&degree=4&cap=1&traffic=requests&load=0.02&maxt=150&cross=20&seed=3',
    events: [],
    controls: ['cross'],
  },
  {
    id: 'relational-dynamics',
    title: 'Ties that follow the work',
    text: 'Passing a request on may introduce the asker to the next person; a tie idle for 100 ticks fades. The peers thin out by about a third, the org chart gains about half again as many ties, and answers come faster on both sides: twice as fast among the peers by the end, a quarter faster in the hierarchy (though in one run in six its queues grow instead).',
    question:
      'Ties now form where work passes through someone and fade where nothing passes. Will each network end up denser or sparser?',
    settings:
      'n=80&span=3&degree=4&rewire=0&cap=1&traffic=requests&load=0.015&adapt=on&maxt=300&seed=3',
    events: [],
    controls: ['adapt', 'bond'],
  },
  {
    id: 'survival',
    title: 'Survival of the connected',
    text: 'A fifth of the people drop out before the news starts. The peers re-knit around any gap within two ticks, and everyone still working hears in about 7. In the hierarchy each lost manager cuts off a branch, typically a third of those still working, until a report is promoted 12 ticks later (dashed rings count down); everyone has heard by about tick 15.',
    question:
      'A fifth of the people drop out before the news starts. Which organization pulls itself back together, and how fast?',
    settings:
      'n=60&span=3&degree=4&cap=inf&src=leaf&fail=0.2&adapt=on&repair=2&reorg=12&maxt=80&seed=5',
    events: [],
    controls: ['reorg', 'repair'],
  },
];

/** The scene with this id (or a few spellings people type), if any. */
export function sceneById(id: string): Scene | undefined {
  const key = id.trim().toLowerCase();
  const alias: Record<string, string> = { bottleneck: 'bottlenecks', equipotency: 'who-starts' };
  return SCENES.find((s) => s.id === (alias[key] ?? key));
}
