import { t } from '../../../i18n/i18n.ts';
import Papa from 'papaparse';
import type { Parsed } from './orgChart.ts';

/** Rows of a CSV text (header first), with line-numbered errors from the CSV reader. */
export function readCsv(text: string): Parsed<string[][]> {
  if (text.trim() === '') return { ok: false, errors: [t('org.empty')] };
  const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (result.errors.length > 0) {
    return {
      ok: false,
      errors: result.errors
        .slice(0, 10)
        .map((e) =>
          e.row !== undefined
            ? t('org.csvRow', { row: e.row + 1, message: e.message })
            : t('org.csvFile', { message: e.message }),
        ),
    };
  }
  const rows = result.data.map((row) => row.map((cell) => cell.trim()));
  if (rows.length < 2) return { ok: false, errors: [t('org.headerOnly')] };
  return { ok: true, value: rows };
}
