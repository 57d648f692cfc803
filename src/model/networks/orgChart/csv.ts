import Papa from 'papaparse';
import { t } from '../../../i18n/i18n.ts';
import type { Parsed } from './orgChart.ts';

/** A CSV file's records (header first), and the file line each one starts on. */
export interface CsvFile {
  rows: string[][];
  /** `lines[r]` is the line of the file where record `r` begins (a quoted newline spans two). */
  lines: number[];
}

/** Not content: a record of only these is blank, and the reader skips it (as Papa's `greedy` does). */
const BLANK = /[\s,;|]/;

/**
 * The line each record starts on. Newlines inside quotes stay inside their record, so the line
 * numbers in messages are the ones an editor shows, not the records' positions.
 */
function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (!quoted && start > 0) {
        lines.push(start);
        start = 0;
      }
      line++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (start === 0 && !BLANK.test(c)) start = line;
  }
  if (start > 0) lines.push(start);
  return lines;
}

/** Rows of a CSV text (header first), with line-numbered errors from the CSV reader. */
export function readCsv(text: string): Parsed<CsvFile> {
  if (text.trim() === '') return { ok: false, errors: [t('org.empty')] };
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const lines = recordLines(text);
  if (result.errors.length > 0) {
    return {
      ok: false,
      errors: result.errors
        .slice(0, 10)
        .map((e) =>
          e.row !== undefined
            ? t('org.csvLine', { line: lines[e.row] ?? e.row + 1, message: e.message })
            : t('org.csvFile', { message: e.message }),
        ),
    };
  }
  const rows = result.data.map((row) => row.map((cell) => cell.trim()));
  if (rows.length < 2) return { ok: false, errors: [t('org.headerOnly')] };
  // Should the two readers ever disagree on where records start, count records rather than guess.
  const agreed = lines.length === rows.length ? lines : rows.map((_, r) => r + 1);
  return { ok: true, value: { rows, lines: agreed } };
}
