import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStream } from '../../random.ts';
import { components } from '../../analysis.ts';
import {
  decodeText,
  guessMapping,
  MAX_IMPORTED_PEOPLE,
  orgHierarchy,
  orgPeers,
  parseOrgChart,
  readCsv,
  tiesFromRows,
} from './index.ts';

const example = readFileSync(
  new URL('../../../../public/example-org.csv', import.meta.url),
  'utf8',
);
const errorsOf = (text: string) => {
  const result = parseOrgChart(text);
  return result.ok ? [] : result.errors;
};

describe('importing an org chart', () => {
  it('reads the example, top first and breadth-first, names kept', () => {
    const result = parseOrgChart(example);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const org = result.value;
    expect(org.ids).toHaveLength(45);
    expect([org.ids[0], org.names[0], org.manager[0]]).toEqual(['p01', 'Ada Okafor', -1]);
    for (let v = 1; v < 45; v++) expect(org.manager[v]).toBeLessThan(v);
    const tree = orgHierarchy(org);
    expect(tree.graph.n).toBe(45);
    expect(tree.level![44]).toBe(3);
  });

  const H = 'id,name,manager\n';
  it.each([
    ['', 'The file is empty.'],
    [H, 'The file has a header but no people under it.'],
    [`${H}a,A,\nb,B,a\na,C,b\n`, 'Line 4: the id “a” is already used on line 2.'],
    [`${H}a,A,\nb,B,zz\n`, 'Line 3: the manager “zz” is not an id in the file.'],
    [`${H}a,A,\nb,B,b\n`, 'Line 3: “b” is their own manager.'],
    [
      `${H}a,A,\nb,B,\nc,C,a\n`,
      '2 people have no manager (lines 2, 3): a hierarchy has exactly one top. Give all but one of them a manager.',
    ],
    [
      `${H}a,A,\nb,B,c\nc,C,d\nd,D,b\n`,
      'Lines 3, 4, 5: the reporting lines go round in a circle (“b” → “c” → “d” → “b”), so nobody there reaches the top.',
    ],
    [
      `${H}b,B,c\nc,C,b\n`,
      'Lines 2, 3: the reporting lines go round in a circle (“b” → “c” → “b”), so nobody there reaches the top.',
    ],
    [`${H},A,\n`, 'Line 2: no id.'],
  ])('names a bad input by its line: %j', (text, error) => {
    expect(errorsOf(text)).toEqual([error]);
  });

  it('names a file with too many people', () => {
    const big = ['id,name,manager', 'x0,X,'];
    for (let i = 1; i <= MAX_IMPORTED_PEOPLE; i++) big.push(`x${i},X,x0`);
    expect(errorsOf(big.join('\n'))).toEqual([
      'The file has 5,001 people; the lab takes at most 5,000.',
    ]);
  });

  it('refuses text that is not UTF-8, and binary data', () => {
    const latin1 = new Uint8Array([0x69, 0x64, 0x0a, 0x4a, 0xf6, 0x72, 0x67]); // "Jörg" in Latin-1
    expect(decodeText(latin1)).toEqual({
      ok: false,
      errors: [
        'The file is not UTF-8 text. Save it as “CSV UTF-8” (Excel) or with UTF-8 encoding, and import it again.',
      ],
    });
    expect(decodeText(new Uint8Array([0x61, 0, 0x62])).ok).toBe(false);
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('id,name,manager\n'),
    ]);
    expect(decodeText(bom)).toEqual({ ok: true, value: 'id,name,manager\n' });
  });

  it('guesses columns from common header names, in any order', () => {
    expect(guessMapping(['Manager ID', 'Full name', 'Employee_ID'])).toEqual({
      id: 2,
      name: 1,
      manager: 0,
    });
    expect(guessMapping(['who', 'boss'])).toEqual({ id: 0, name: -1, manager: 1 });
  });

  it('reads informal ties and names unknown ids and self-ties', () => {
    const org = parseOrgChart(example);
    if (!org.ok) throw new Error('example');
    const rows = (text: string) => (readCsv(text) as { value: { rows: string[][] } }).value.rows;
    expect(tiesFromRows(rows('a,b\np01,p02\np02,p01\np03,p09\n'), org.value)).toEqual({
      ok: true,
      value: [[0, 1], [2, org.value.ids.indexOf('p09')].sort((x, y) => x - y) as [number, number]],
    });
    expect(tiesFromRows(rows('a,b\np01,p01\np02,nobody\n'), org.value)).toEqual({
      ok: false,
      errors: [
        'Line 2: a tie from “p01” to themselves.',
        'Line 3: “nobody” is not an id in the org chart.',
      ],
    });
  });

  it('names the line an editor shows, even after a name with a newline inside quotes', () => {
    const text = 'id,name,manager\np1,"Ada\nOkafor",\np2,Ben,p1\n\np3,Cy,zz\n';
    // Records: header (line 1), p1 (lines 2–3), p2 (line 4), a blank line 5, p3 (line 6).
    expect(parseOrgChart(text)).toEqual({
      ok: false,
      errors: ['Line 6: the manager “zz” is not an id in the file.'],
    });
    const csv = readCsv(text);
    expect(csv.ok && csv.value.lines).toEqual([1, 2, 4, 6]);
    // The CSV reader's own complaints say "Line" too, and count lines the same way.
    const broken = readCsv('id,name,manager\np1,"Ada\nOkafor",\np2,"Ben,p1\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/^Line 4: /);
  });

  it('generates a connected peer counterpart with communities from the teams', () => {
    const org = parseOrgChart(example);
    if (!org.ok) throw new Error('example');
    const peers = orgPeers(org.value, 4, createStream(1, 'p2p-network'));
    expect(peers.graph.n).toBe(45);
    expect(components(peers.graph).sizes).toEqual([45]);
    const ties = peers.graph.offsets[45] / 2;
    // About `degree` = 4 ties per person, as the generated peer networks have.
    expect((2 * ties) / 45).toBeGreaterThan(3.3);
    expect((2 * ties) / 45).toBeLessThan(4.5);
    // Teammates (same manager) are tied more often than strangers.
    expect(peers.group![org.value.ids.indexOf('p09')]).toBe(
      peers.group![org.value.ids.indexOf('p10')],
    );
  });

  it('any text gives an org chart or named errors, never a throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseOrgChart(text);
        if (result.ok) expect(result.value.manager[0]).toBe(-1);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    const csvish = fc.array(
      fc.tuple(
        fc.constantFrom('a', 'b', 'c', 'd', '', 'e"', 'f,g'),
        fc.string({ maxLength: 5 }),
        fc.constantFrom('a', 'b', 'c', 'd', ''),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(csvish, (rows) => {
        const text = ['id,name,manager', ...rows.map((r) => r.join(','))].join('\n');
        const result = parseOrgChart(text);
        if (result.ok) {
          // A valid result is a tree: everyone's manager has a smaller id.
          result.value.manager.forEach((m, v) =>
            expect(v === 0 ? m === -1 : m >= 0 && m < v).toBe(true),
          );
        } else
          for (const e of result.errors)
            expect(e).toMatch(/^(Line|Lines|Row|The file|\d+ people|Nobody|Choose|… and)/);
      }),
      { numRuns: 1000 },
    );
  });

  it('any valid reporting tree survives the round trip through CSV', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (picks) => {
        // Person i+1 reports to someone before them: always a tree.
        const lines = ['id,name,manager', 'boss,The Boss,'];
        picks.forEach((p, i) =>
          lines.push(
            `e${i + 1},"Name, ${i + 1}",${p % (i + 1) === 0 ? 'boss' : `e${p % (i + 1)}`}`,
          ),
        );
        const result = parseOrgChart(lines.join('\n'));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const org = result.value;
        expect(org.ids.length).toBe(picks.length + 1);
        // The same reporting line for everyone, under the new numbering.
        picks.forEach((p, i) => {
          const v = org.ids.indexOf(`e${i + 1}`);
          const boss = p % (i + 1) === 0 ? 'boss' : `e${p % (i + 1)}`;
          expect(org.ids[org.manager[v]]).toBe(boss);
          expect(org.names[v]).toBe(`Name, ${i + 1}`);
        });
      }),
      { numRuns: 300 },
    );
  });
});
