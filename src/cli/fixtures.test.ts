import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// CLI output stored before later changes to the engine, the schema or the CLI: old scripts
// must keep getting these answers. Contracts are extended, never changed: every field stored
// here must come back identical, while new fields (a new setting, a new per-tick column at the
// end) may appear beside them. `runs.txt` lists `name|flags` per fixture.
const dir = new URL('./fixtures/', import.meta.url);
const runs = readFileSync(new URL('runs.txt', dir), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [name, flags] = line.split('|');
    return { name, flags: flags.split(' ').filter(Boolean) };
  });
const sim = (flags: string[]) =>
  execFileSync('node', ['--import', 'tsx', 'src/cli/sim.ts', ...flags], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
const stored = (file: string) => readFileSync(new URL(file, dir), 'utf8');

/** `now` restricted to the fields `before` has (recursively): equal to `before` if nothing changed. */
function sameShapeAs(now: unknown, before: unknown): unknown {
  if (Array.isArray(before) && Array.isArray(now))
    return now.map((item, i) => (i < before.length ? sameShapeAs(item, before[i]) : item));
  if (before && typeof before === 'object' && now && typeof now === 'object') {
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(before))
      if (key in now)
        kept[key] = sameShapeAs(
          (now as Record<string, unknown>)[key],
          before[key as keyof typeof before],
        );
    return kept;
  }
  return now;
}

describe('the CLI gives the stored answers', () => {
  it.each(runs)('$name', ({ name, flags }) => {
    if (flags.includes('csv')) {
      // New columns only ever come at the end of each row.
      const before = stored(`${name}.csv`).trimEnd().split('\n');
      const now = sim(flags).trimEnd().split('\n');
      expect(now).toHaveLength(before.length);
      now.forEach((row, i) => expect(row.slice(0, before[i].length)).toBe(before[i]));
      now.forEach((row, i) =>
        expect(row.length === before[i].length || row[before[i].length] === ',').toBe(true),
      );
      return;
    }
    const before = JSON.parse(stored(`${name}.json`));
    expect(sameShapeAs(JSON.parse(sim(flags)), before)).toEqual(before);
  });

  it('still lists every flag the stored --help listed, as it was', () => {
    const now = sim(['--help']);
    for (const line of stored('help.txt')
      .split('\n')
      .filter((l) => l.startsWith('  --')))
      expect(now).toContain(line);
  });
});
