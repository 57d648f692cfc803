import { CLI_LIMITS, fitBudget } from '../model/budget.ts';
import { formatValue, PARAMS, type Settings } from '../model/params.ts';
import { parseSettings, type SettingsProblem } from '../model/settingsText.ts';
import { sweepValues } from '../model/sweep.ts';

export type Format = 'json' | 'csv';

export interface CliOptions {
  settings: Settings;
  runs: number;
  graph: boolean;
  format: Format;
  /** Write the report to this file instead of stdout. */
  out: string | null;
  help: boolean;
  /** `--sweep fail=A:B:STEP`: the shares knocked out to sweep, or null. */
  sweep: number[] | null;
  /** Defaults the user did not set that were fitted to the others (printed on stderr). */
  notes: string[];
}

/** A flag the CLI cannot use; the message names the flag and what it takes. */
export class CliError extends Error {}

const MAX_RUNS = 10000;

/**
 * Reads `--flag value` / `--flag=value` arguments. Settings come from the one
 * schema (flags are its long names); unlike the page, the CLI refuses a bad
 * value instead of falling back, so a script never runs something it did not ask for.
 */
export function parseArgs(argv: readonly string[]): CliOptions {
  const pairs: Array<[string, string]> = [];
  let runs = 1;
  let graph = false;
  let format: Format = 'json';
  let out: string | null = null;
  let help = false;
  let sweep: number[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--'))
      throw new CliError(`unexpected argument “${arg}”: flags start with --`);
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    if (flag === '--graph') {
      graph = true;
      continue;
    }
    if (flag === '--help' || flag === '-h') {
      help = true;
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) {
        throw new CliError(`${flag} needs a value`);
      }
      value = argv[++i];
    }
    if (flag === '--runs') {
      runs = Number(value);
      if (!/^\d+$/.test(value) || runs < 1 || runs > MAX_RUNS) {
        throw new CliError(
          `--runs=${JSON.stringify(value)} is not a whole number from 1 to ${MAX_RUNS}`,
        );
      }
    } else if (flag === '--format') {
      if (value !== 'json' && value !== 'csv') {
        throw new CliError(`--format=${JSON.stringify(value)} is not one of json, csv`);
      }
      format = value;
    } else if (flag === '--sweep') {
      sweep = parseSweep(value);
    } else if (flag === '--out') {
      if (value.trim() === '') throw new CliError('--out needs a file name');
      out = value;
    } else pairs.push([flag, value]);
  }
  const { settings, problems } = parseSettings(pairs, 'cli');
  const refused = problems.filter((p) => !p.fitted && !p.note);
  if (refused.length > 0) throw new CliError(refused.map(describeProblem).join('\n'));
  const notes = problems.filter((p) => p.fitted || p.note).map((p) => p.message);
  // Budgets hold here too, wider than the page's: the CLI may take its time, not all the memory.
  const fitted = fitBudget(settings, 0, CLI_LIMITS);
  for (const note of fitted.notes) notes.push(note.message);
  return { settings: fitted.settings, runs, graph, format, out, help, sweep, notes };
}

/** `fail=A:B:STEP`, with 0 ≤ A ≤ B ≤ 0.95 and STEP > 0: the shares knocked out to sweep. */
function parseSweep(value: string): number[] {
  const match = /^fail=([0-9.]+):([0-9.]+):([0-9.]+)$/.exec(value.trim());
  const bad = () =>
    new CliError(
      `--sweep=${JSON.stringify(value)} is not fail=A:B:STEP (0 ≤ A ≤ B ≤ 0.95, STEP > 0; only fail can be swept)`,
    );
  if (!match) throw bad();
  const [from, to, step] = match.slice(1).map(Number);
  if (![from, to, step].every(Number.isFinite) || from < 0 || to > 0.95 || from > to || step <= 0)
    throw bad();
  const values = sweepValues(from, to, step);
  if (values.length > 200)
    throw new CliError(`--sweep=${value} has ${values.length} steps; at most 200`);
  return values;
}

function describeProblem(problem: SettingsProblem): string {
  // The page falls back to defaults; the CLI stops, so drop the "using …" tail.
  return problem.message.replace(/; using .*$/, '');
}

export function usage(): string {
  const lines = PARAMS.map(
    (p) => `  --${p.cli.padEnd(12)} ${p.help} (default ${formatValue(p.default)})`,
  );
  return [
    "Usage: npm run -s sim -- [flags]   (-s keeps npm's own banner off stdout)",
    '',
    'Runs the hierarchy and the peer-to-peer network side by side and prints per-tick metrics and a summary.',
    '',
    ...lines,
    `  --${'runs'.padEnd(12)} Run seeds seed … seed+runs−1 and average the summaries (default 1)`,
    `  --${'graph'.padEnd(12)} Also print both networks as nodes and edges`,
    `  --${'format'.padEnd(12)} json (one object on stdout) or csv (per-tick rows) (default json)`,
    `  --${'out'.padEnd(12)} Write the report to this file instead of stdout`,
    `  --${'sweep'.padEnd(12)} fail=A:B:STEP: the resilience sweep, --runs seeds per share knocked out (with --failure)`,
    '',
    'With --runs, the JSON report has `stats`: per side and summary field { n, mean, sd, median, p10, p90 }.',
    '',
  ].join('\n');
}
