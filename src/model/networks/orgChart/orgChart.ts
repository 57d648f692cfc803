import { t } from '../../../i18n/i18n.ts';
import { guessMapping } from './columns.ts';
import { readCsv } from './csv.ts';

// An imported organization and its checks: every problem a file can have is named by line.

/** The most people an imported org chart may hold. */
export const MAX_IMPORTED_PEOPLE = 5000;

/** An imported organization, with people renumbered breadth-first from the top (0 is the top). */
export interface OrgChart {
  /** Ids as the file wrote them, by internal id. */
  ids: string[];
  names: string[];
  /** Internal id of each person's manager; -1 for the top. */
  manager: Int32Array;
  /** Informal ties (internal ids), when a second file gave them. */
  ties?: Array<[number, number]>;
}

/** Which column holds what; -1 for "no such column" (names are optional). */
export interface ColumnMapping {
  id: number;
  name: number;
  manager: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;
const listLines = (lines: number[]) =>
  lines.length <= 6
    ? lines.join(', ')
    : t('org.moreLines', { lines: lines.slice(0, 6).join(', '), count: lines.length - 6 });

/**
 * An org chart from CSV rows (header first) and a column mapping. Every
 * problem is named with its line number: missing or duplicate ids, unknown
 * managers, people who manage themselves, no top or several, cycles, too many
 * people. Nothing here throws.
 */
export function orgChartFromRows(
  rows: readonly string[][],
  mapping: ColumnMapping,
  /** The file line of each row (from `readCsv`); without it, row r is line r + 1. */
  fileLines?: readonly number[],
): Parsed<OrgChart> {
  const errors: string[] = [];
  if (mapping.id < 0 || mapping.manager < 0) return { ok: false, errors: [t('org.chooseColumns')] };
  const people = rows.length - 1;
  if (people > MAX_IMPORTED_PEOPLE) {
    return {
      ok: false,
      errors: [t('org.tooMany', { count: people, max: MAX_IMPORTED_PEOPLE })],
    };
  }
  const lineOf = new Map<string, number>();
  const ids: string[] = [];
  const names: string[] = [];
  const managers: string[] = [];
  const lines: number[] = [];
  for (let r = 1; r < rows.length; r++) {
    const line = fileLines?.[r] ?? r + 1;
    const row = rows[r];
    const id = row[mapping.id] ?? '';
    if (id === '') {
      errors.push(t('org.noId', { line }));
      continue;
    }
    const seen = lineOf.get(id);
    if (seen !== undefined) {
      errors.push(t('org.duplicate', { line, id: quote(id), seen }));
      continue;
    }
    lineOf.set(id, line);
    ids.push(id);
    names.push(mapping.name >= 0 ? (row[mapping.name] ?? '') : '');
    managers.push(row[mapping.manager] ?? '');
    lines.push(line);
  }
  const index = new Map(ids.map((id, i) => [id, i]));
  const manager = new Int32Array(ids.length).fill(-1);
  const tops: number[] = [];
  ids.forEach((id, i) => {
    const m = managers[i];
    if (m === '') tops.push(i);
    else if (m === id) errors.push(t('org.ownManager', { line: lines[i], id: quote(id) }));
    else if (!index.has(m)) errors.push(t('org.unknownManager', { line: lines[i], id: quote(m) }));
    else manager[i] = index.get(m)!;
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, 20).concat(more(errors)) };
  if (tops.length > 1) {
    return {
      ok: false,
      errors: [
        t('org.severalTops', { count: tops.length, lines: listLines(tops.map((i) => lines[i])) }),
      ],
    };
  }
  // Everyone must lead up to the top; whoever does not is in a cycle (or hangs from one).
  const state = new Uint8Array(ids.length); // 0 unknown, 1 on the current path, 2 reaches the top
  for (const t of tops) state[t] = 2;
  for (let i = 0; i < ids.length; i++) {
    const path: number[] = [];
    let u = i;
    while (state[u] === 0) {
      state[u] = 1;
      path.push(u);
      u = manager[u];
    }
    if (state[u] === 1) {
      const cycle = path.slice(path.indexOf(u));
      errors.push(
        t('org.cycle', {
          lines: listLines(cycle.map((v) => lines[v])),
          circle: [...cycle, u].map((v) => quote(ids[v])).join(' → '),
        }),
      );
    }
    for (const v of path) state[v] = 2;
    if (errors.length >= 5) break;
  }
  if (errors.length) return { ok: false, errors };
  if (tops.length === 0) return { ok: false, errors: [t('org.noTop')] };
  // Renumber breadth-first from the top, reports in file order, as the generated hierarchies are.
  const reports: number[][] = ids.map(() => []);
  manager.forEach((m, i) => m >= 0 && reports[m].push(i));
  const order: number[] = [tops[0]];
  for (let k = 0; k < order.length; k++) for (const r of reports[order[k]]) order.push(r);
  const internal = new Int32Array(ids.length);
  order.forEach((v, k) => (internal[v] = k));
  return {
    ok: true,
    value: {
      ids: order.map((v) => ids[v]),
      names: order.map((v) => names[v]),
      manager: Int32Array.from(order, (v) => (manager[v] < 0 ? -1 : internal[manager[v]])),
    },
  };
}

function more(errors: string[]): string[] {
  return errors.length > 20 ? [t('org.moreProblems', { count: errors.length - 20 })] : [];
}

/** Informal ties (`a,b` by the org chart's ids), line-numbered errors for unknown ids and self-ties. */
export function tiesFromRows(
  rows: readonly string[][],
  org: OrgChart,
  fileLines?: readonly number[],
): Parsed<Array<[number, number]>> {
  const index = new Map(org.ids.map((id, i) => [id, i]));
  const errors: string[] = [];
  const ties: Array<[number, number]> = [];
  const seen = new Set<string>();
  const header = rows[0] ?? [];
  const a = Math.max(
    0,
    header.findIndex((h) => /^(a|from|source|person ?a)$/i.test(h)),
  );
  const b = Math.max(
    a === 0 ? 1 : 0,
    header.findIndex((h) => /^(b|to|target|person ?b)$/i.test(h)),
  );
  for (let r = 1; r < rows.length; r++) {
    const line = fileLines?.[r] ?? r + 1;
    const [x, y] = [rows[r][a] ?? '', rows[r][b] ?? ''];
    if (!index.has(x) || !index.has(y)) {
      const unknown = !index.has(x) ? x : y;
      errors.push(t('org.unknownTie', { line, id: quote(unknown) }));
      continue;
    }
    if (x === y) {
      errors.push(t('org.selfTie', { line, id: quote(x) }));
      continue;
    }
    const [u, v] = [index.get(x)!, index.get(y)!].sort((p, q) => p - q);
    const key = `${u},${v}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push([u, v]);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, 20).concat(more(errors)) };
  if (ties.length === 0) return { ok: false, errors: [t('org.noTies')] };
  return { ok: true, value: ties };
}

/** The whole pipeline for one file's text. */
export function parseOrgChart(text: string, mapping?: ColumnMapping): Parsed<OrgChart> {
  const csv = readCsv(text);
  if (!csv.ok) return csv;
  const { rows, lines } = csv.value;
  return orgChartFromRows(rows, mapping ?? guessMapping(rows[0]), lines);
}
