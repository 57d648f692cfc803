import { writeFileSync } from 'node:fs';
import { CliError, parseArgs, usage } from './args.ts';
import { settingsForJson, simulate, toCsv } from '../model/report.ts';
import { sweepCsv, sweepFail } from '../model/sweep.ts';

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
  if (options.sweep) {
    const sweep = sweepFail(options.settings, options.sweep, options.runs);
    text =
      options.format === 'csv'
        ? sweepCsv(sweep)
        : JSON.stringify({ settings: settingsForJson(options.settings), sweep }) + '\n';
  } else {
    const report = simulate(options.settings, options.runs, options.graph);
    text = options.format === 'csv' ? toCsv(report) : JSON.stringify(report) + '\n';
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
  return 0;
}

process.exitCode = main(process.argv.slice(2));
