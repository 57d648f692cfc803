// `npm run bake`: lays out the default page's two networks and writes them to
// src/layout/bakedLayouts.ts, so the page's first frame needs no cold force simulation.
// `src/layout/baked.test.ts` fails when the file no longer matches what the layout code
// computes (a change to the defaults, a generator or the forces): then run this again.
import { writeFileSync } from 'node:fs';
import { computeLayout } from '../src/layout/layoutNow.ts';
import { fingerprint } from '../src/layout/fingerprint.ts';
import { buildHierarchy, buildPeerNetwork } from '../src/model/networks/index.ts';
import { DEFAULT_SETTINGS } from '../src/model/params.ts';

const entries = [
  [buildHierarchy(DEFAULT_SETTINGS), 'hierarchy'],
  [buildPeerNetwork(DEFAULT_SETTINGS), 'peers'],
] as const;
/** The shortest decimals that read back as exactly these single-precision values. */
const shortest = (values: Float32Array) =>
  `[${Array.from(values, (v) => {
    for (let digits = 1; digits <= 9; digits++) {
      const text = v.toPrecision(digits);
      if (Math.fround(Number(text)) === v) return String(Number(text));
    }
    return String(v);
  }).join(', ')}]`;
const rows = entries.map(([network, kind]) => {
  const { x, y } = computeLayout(network, kind);
  return `  ${JSON.stringify(fingerprint(network, kind))}: {\n    x: ${shortest(x)},\n    y: ${shortest(y)},\n  },`;
});
const file = `// Written by \`npm run bake\` (scripts/bake-layouts.ts); do not edit.
// The default page's layouts, by fingerprint (see baked.ts).
export const BAKED: Record<string, { x: number[]; y: number[] }> = {
${rows.join('\n')}
};
`;
writeFileSync(new URL('../src/layout/bakedLayouts.ts', import.meta.url), file);
console.log(`baked ${rows.length} layouts into src/layout/bakedLayouts.ts`);
