import { writeFileSync } from 'node:fs';
import { CliError, parseArgs, usage } from './args.ts';
import { haltedMessage } from '../model/budget.ts';
import { settingsForJson, simulate, toCsv } from '../model/report.ts';
import { sweepCsv, sweepFail } from '../model/sweep.ts';

/** Queued sends a side may hold from the command line: 67 million (a pool of about 1.3 GB). */
const CLI_MAX_QUEUED = 1 << 26;

/** `npm run sim -- [flags]`: the lab's engine from the command line. */
function main(argv: readonly string[]): number {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`sim: ${error.message}\nRun with --help to see every flag.\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(usage());
    return 0;
  }
  for (const note of options.notes) process.stderr.write(`sim: note: ${note}\n`);
  let text: string;
  let stopped = false;
  if (options.sweep) {
    const sweep = sweepFail(options.settings, options.sweep, options.runs);
    text =
      options.format === 'csv'
        ? sweepCsv(sweep)
        : JSON.stringify({ settings: settingsForJson(options.settings), sweep }) + '\n';
  } else {
    const report = simulate(options.settings, options.runs, options.graph, CLI_MAX_QUEUED);
    text = options.format === 'csv' ? toCsv(report) : JSON.stringify(report) + '\n';
    for (const run of report.runs)
      if (run.halted) {
        process.stderr.write(`sim: seed ${run.seed}: ${haltedMessage(run.halted)}\n`);
        stopped = true;
      }
  }
  if (options.out === null) process.stdout.write(text);
  else {
    try {
      writeFileSync(options.out, text);
    } catch (error) {
      process.stderr.write(`sim: cannot write ${options.out}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  // The report is written either way; a run that stopped early is an error for scripts.
  return stopped ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
