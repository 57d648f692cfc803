import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Byte-for-byte CLI output stored before a change to the engine, the schema or the CLI: old
// scripts must keep getting exactly these answers. `runs.txt` lists `name|flags` per fixture.
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

describe('the CLI gives the stored answers', () => {
  it.each(runs)('$name', ({ name, flags }) => {
    const file = flags.includes('csv') ? `${name}.csv` : `${name}.json`;
    expect(sim(flags)).toBe(readFileSync(new URL(file, dir), 'utf8'));
  });

  it('prints the stored --help', () => {
    expect(sim(['--help'])).toBe(readFileSync(new URL('help.txt', dir), 'utf8'));
  });
});
