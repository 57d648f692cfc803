import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { CliError, parseArgs } from './args.ts';
import { csvCell, simulate, toCsv } from '../model/report.ts';

const TICK_FIELDS = [
  'tick',
  'informed',
  'sends',
  'lost',
  'dropped',
  'redundant',
  'maxQueue',
  'maxQueueNode',
  'queued',
  'delivered',
  'believingDistorted',
];
const SUMMARY_FIELDS = [
  'working',
  'reachable',
  'informed',
  'ticksTo50',
  'ticksTo90',
  'ticksTo100',
  'sends',
  'lost',
  'dropped',
  'redundant',
  'maxQueue',
  'believingDistorted',
  'largestComponent',
  'delivered',
  'latencyMean',
  'latencyP90',
];

describe('the CLI flags', () => {
  it('read every setting by its long name, in both --flag value and --flag=value forms', () => {
    const { settings, runs, graph, format } = parseArgs([
      '--nodes', '25', '--span=4', '--hierarchy', 'varied', '--p2p', 'communities', '--degree', '6',
      '--rewire', '0.2', '--communities', '3', '--capacity', 'inf', '--protocol', 'gossip',
      '--fanout', '2', '--traffic', 'requests', '--load', '0.05', '--loss', '0.1',
      '--distortion', '0.05', '--fail', '0.2', '--failure', 'central', '--source', '7',
      '--seed', '9', '--runs', '3', '--max-ticks', '50', '--graph', '--format', 'csv',
    ]); // prettier-ignore
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      nodes: 25, span: 4, hierarchy: 'varied', p2p: 'communities', degree: 6, rewire: 0.2,
      communities: 3, capacity: Infinity, protocol: 'gossip', fanout: 2, traffic: 'requests',
      load: 0.05, loss: 0.1, distortion: 0.05, fail: 0.2, failure: 'central', source: 7,
      seed: 9, maxTicks: 50,
    }); // prettier-ignore
    expect([runs, graph, format]).toEqual([3, true, 'csv']);
  });

  it.each([
    [['--capacity', '0'], '--capacity="0" is not a whole number from 1 to 1000, or inf'],
    [
      ['--p2p', 'mesh'],
      '--p2p="mesh" is not one of small-world, communities, random, scale-free, complete',
    ],
    [['--loss', '2'], '--loss="2" is not a number from 0 to 0.99'],
    [['--source', 'boss'], '--source="boss" is not top, leaf, random, or a person'],
    [['--nodes', '10', '--source', '10'], '--source=10 is not a person (ids run 0 … 9)'],
    [['--frobnicate', '1'], 'unknown setting “--frobnicate”'],
    [['--seed'], '--seed needs a value'],
    [['--runs', '0'], '--runs="0" is not a whole number from 1 to 10000'],
    [['--format', 'xml'], '--format="xml" is not one of json, csv'],
  ])('refuse %j, naming the flag and what it takes', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(CliError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('the report', () => {
  it('has the documented shape, with graph only when asked', () => {
    const report = simulate({ ...DEFAULT_SETTINGS, nodes: 12 }, 2, false);
    expect(report.runs.map((r) => r.seed)).toEqual([1, 2]);
    for (const run of report.runs) {
      for (const side of [run.hierarchy, run.p2p]) {
        expect(side.source).toBe(11);
        expect(side.graph).toBeUndefined();
        for (const field of TICK_FIELDS) expect(side.ticks[0]).toHaveProperty(field);
        for (const field of SUMMARY_FIELDS) expect(side.summary).toHaveProperty(field);
      }
    }
    for (const field of SUMMARY_FIELDS) expect(report.mean.hierarchy).toHaveProperty(field);
    expect(report.settings.capacity).toBe(1);
    const withGraph = simulate({ ...DEFAULT_SETTINGS, nodes: 12, fail: 0.25 }, 1, true);
    const graph = withGraph.runs[0].hierarchy.graph!;
    expect(graph.nodes).toHaveLength(12);
    expect(graph.nodes.filter((n) => n.failed)).toHaveLength(3);
    expect(graph.edges).toHaveLength(11);
  });

  it('gives hand-checked numbers for a 7-person binary tree and the complete network', () => {
    const report = simulate(
      {
        ...DEFAULT_SETTINGS,
        nodes: 7,
        span: 2,
        p2p: 'complete',
        source: 'top',
        capacity: Infinity,
      },
      1,
      false,
    );
    const { hierarchy, p2p } = report.runs[0];
    expect(hierarchy.ticks.map((t) => [t.informed, t.sends])).toEqual([
      [1, 2],
      [3, 4],
      [7, 0],
    ]);
    expect(hierarchy.summary).toMatchObject({
      ticksTo50: 2,
      ticksTo100: 2,
      sends: 6,
      redundant: 0,
    });
    // Everyone hears at once, then each of the 6 tells the 5 others: 30 redundant copies.
    expect(p2p.summary).toMatchObject({ ticksTo100: 1, sends: 36, redundant: 30 });
  });

  it('averages the summary over runs, leaving never-reached marks null', () => {
    const report = simulate({ ...DEFAULT_SETTINGS, nodes: 30, maxTicks: 2 }, 3, false);
    const sends = report.runs.map((r) => r.p2p.summary.sends);
    expect(report.mean.p2p.sends).toBeCloseTo(sends.reduce((a, b) => a + b, 0) / 3, 10);
    expect(report.mean.hierarchy.ticksTo100).toBeNull();
  });

  it('writes CSV rows for both sides under one header', () => {
    const report = simulate({ ...DEFAULT_SETTINGS, nodes: 10 }, 1, false);
    const lines = toCsv(report).trim().split('\n');
    expect(lines[0].startsWith('run,seed,side,tick,informed')).toBe(true);
    const rows = report.runs[0].hierarchy.ticks.length + report.runs[0].p2p.ticks.length;
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1].split(',')).toHaveLength(lines[0].split(',').length);
  });
});

describe('npm run sim', () => {
  const tsx = ['--import', 'tsx', 'src/cli/sim.ts'];

  it('prints one JSON object on stdout and nothing else', () => {
    const out = execFileSync('node', [...tsx, '--nodes', '9', '--format', 'json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out);
    expect(report.runs[0].hierarchy.summary.informed).toBe(9);
  });

  it('writes the same report to --out FILE, and nothing to stdout', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sim-')), 'report.json');
    const flags = ['--nodes', '9', '--seed', '4'];
    const printed = execFileSync('node', [...tsx, ...flags], { encoding: 'utf8' });
    const quiet = execFileSync('node', [...tsx, ...flags, '--out', file], { encoding: 'utf8' });
    expect(quiet).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(printed);
  });

  it('keeps stdout clean under `npm run -s sim`, as the README says', () => {
    const out = execFileSync('npm', ['run', '-s', 'sim', '--', '--nodes', '9'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).runs[0].p2p.summary.informed).toBe(9);
  });

  it('fits defaults the user did not set to a small organization, with a note on stderr', () => {
    const small = spawnSync('node', [...tsx, '--nodes', '3'], { encoding: 'utf8' });
    expect(small.status).toBe(0);
    expect(JSON.parse(small.stdout).settings.degree).toBe(2);
    expect(small.stderr).toContain(
      '--degree (not given): its default 4 is more than people − 1 (2)',
    );
    // A value the user did set is still refused, naming it.
    const given = spawnSync('node', [...tsx, '--nodes', '3', '--degree', '4'], {
      encoding: 'utf8',
    });
    expect(given.status).toBe(2);
    expect(given.stderr).toContain('--degree=4 is more than people − 1 (2)');
  });

  it('runs the resilience sweep: one point per share knocked out, spreads per side', () => {
    const out = execFileSync(
      'node',
      [
        ...tsx,
        '--nodes',
        '30',
        '--sweep',
        'fail=0:0.4:0.2',
        '--runs',
        '3',
        '--failure',
        'targeted',
      ],
      { encoding: 'utf8' },
    );
    const { settings, sweep } = JSON.parse(out);
    expect(settings.failure).toBe('targeted');
    expect(sweep.map((p: { fail: number }) => p.fail)).toEqual([0, 0.2, 0.4]);
    expect(sweep[0].p2p.largestComponent).toEqual({
      n: 3,
      mean: 1,
      sd: 0,
      median: 1,
      p10: 1,
      p90: 1,
    });
    expect(sweep[2].hierarchy.reached.n).toBe(3);
    const bad = spawnSync('node', [...tsx, '--sweep', 'loss=0:1:0.1'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('only fail can be swept');
  });

  it('exits non-zero with a message naming the bad flag', () => {
    const result = spawnSync('node', [...tsx, '--degree', 'many'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--degree="many" is not a whole number from 1 to 100');
  });
});

describe('CSV cells', () => {
  it('defuse spreadsheet formulas and quote separators, leaving numbers alone', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('hierarchy')).toBe('hierarchy');
  });
});

describe('the CLI keeps the page’s memory budgets', () => {
  it('trims a complete network of 100,000 people before building it, and says so', () => {
    const options = parseArgs(['--nodes', '100000', '--p2p', 'complete']);
    // Wider than the page's limit (2,449): 20,000,000 ties.
    expect(options.settings.nodes).toBe(6325);
    expect(options.notes).toEqual([
      expect.stringMatching(/^p2p=complete with n=100,000 would need/),
    ]);
    // Long runs are the CLI's to take: the replay budget does not apply, and what ran before runs.
    expect(parseArgs(['--nodes', '2000', '--max-ticks', '100000']).notes).toEqual([]);
    expect(parseArgs(['--nodes', '3000', '--p2p', 'complete']).settings.nodes).toBe(3000);
    const central = parseArgs(['--nodes', '20000', '--fail', '0.5', '--failure', 'central']);
    expect(central.settings.failure).toBe('central');
  });
});
