import { t } from '../../../i18n/i18n.ts';
import { orgChartFromRows, type OrgChart, type Parsed } from './orgChart.ts';

/** The org chart as compact text for a link: JSON of ids, names, managers (and ties). */
export function encodeOrg(org: OrgChart): string {
  const data: unknown[] = [org.ids, org.names, Array.from(org.manager)];
  if (org.ties) data.push(org.ties.flat());
  return JSON.stringify(data);
}

/** Reads `encodeOrg` text back, checking it as strictly as a CSV file. */
export function decodeOrg(text: string): Parsed<OrgChart> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [t('org.damaged.json')] };
  }
  const isStrings = (x: unknown): x is string[] =>
    Array.isArray(x) && x.every((s) => typeof s === 'string');
  const isInts = (x: unknown): x is number[] =>
    Array.isArray(x) && x.every((s) => Number.isInteger(s));
  if (
    !Array.isArray(data) ||
    !isStrings(data[0]) ||
    !isStrings(data[1]) ||
    !isInts(data[2]) ||
    data[0].length !== data[1].length ||
    data[0].length !== data[2].length ||
    (data[3] !== undefined && !isInts(data[3]))
  )
    return { ok: false, errors: [t('org.damaged.shape')] };
  const [ids, names, managers] = data as [string[], string[], number[]];
  // Check it exactly as a file would be checked.
  const rows = [
    ['id', 'name', 'manager'],
    ...ids.map((id, i) => [id, names[i], managers[i] >= 0 ? (ids[managers[i]] ?? '?') : '']),
  ];
  const org = orgChartFromRows(rows, { id: 0, name: 1, manager: 2 });
  if (!org.ok) return org;
  const flat = data[3] as number[] | undefined;
  if (flat) {
    const n = ids.length;
    const ties: Array<[number, number]> = [];
    // Ties were written in the order of the link's ids; map them through the (re)numbering.
    const internal = new Map(org.value.ids.map((id, i) => [id, i]));
    for (let k = 0; k + 1 < flat.length; k += 2) {
      if (
        flat[k] >= n ||
        flat[k + 1] >= n ||
        flat[k] === flat[k + 1] ||
        flat[k] < 0 ||
        flat[k + 1] < 0
      )
        return { ok: false, errors: [t('org.damaged.tie')] };
      ties.push([internal.get(ids[flat[k]])!, internal.get(ids[flat[k + 1]])!]);
    }
    org.value.ties = ties;
  }
  return org;
}
