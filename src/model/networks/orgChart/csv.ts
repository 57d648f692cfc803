import Papa from 'papaparse';
import type { Parsed } from './orgChart.ts';

/** Rows of a CSV text (header first), with line-numbered errors from the CSV reader. */
export function readCsv(text: string): Parsed<string[][]> {
  if (text.trim() === '') return { ok: false, errors: ['The file is empty.'] };
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (result.errors.length > 0) {
    return {
      ok: false,
      errors: result.errors
        .slice(0, 10)
        .map((e) => `${e.row !== undefined ? `Row ${e.row + 1}` : 'The file'}: ${e.message}.`),
    };
  }
  const rows = result.data.map((row) => row.map((cell) => cell.trim()));
  if (rows.length < 2)
    return { ok: false, errors: ['The file has a header but no people under it.'] };
  return { ok: true, value: rows };
}
