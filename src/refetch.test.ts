import { describe, expect, it } from 'vitest';
import { addressIn, refetching } from './refetch.ts';

const chromium = (url: string) =>
  new TypeError(`Failed to fetch dynamically imported module: ${url}`);

describe('refetching', () => {
  it('loads as given while nothing failed', async () => {
    let calls = 0;
    const load = refetching(async () => ++calls);
    expect(await load()).toBe(1);
    expect(await load()).toBe(2);
  });

  it('after a failure imports the named address afresh, a new query each time', async () => {
    const asked: string[] = [];
    let online = false;
    const load = refetching(
      () => Promise.reject(chromium('http://lab.test/assets/Analysis-x1.js')),
      async (address) => {
        asked.push(address);
        if (!online) throw chromium(address);
        return 'module';
      },
    );
    await expect(load()).rejects.toThrow('Analysis-x1.js');
    await expect(load()).rejects.toThrow('?retry=1');
    online = true;
    expect(await load()).toBe('module');
    expect(asked).toEqual([
      'http://lab.test/assets/Analysis-x1.js?retry=1',
      'http://lab.test/assets/Analysis-x1.js?retry=2',
    ]);
  });

  it('calls the loader again when the error names no address', async () => {
    let calls = 0;
    const load = refetching(
      async () => {
        if (++calls === 1) throw new TypeError('Importing a module script failed.');
        return calls;
      },
      () => Promise.reject(new Error('should not be asked')),
    );
    await expect(load()).rejects.toThrow('Importing');
    expect(await load()).toBe(2);
  });

  it('finds the address in Chromium and Firefox messages', () => {
    expect(addressIn(chromium('http://h:4173/assets/A-1.js'))).toBe('http://h:4173/assets/A-1.js');
    expect(
      addressIn(
        new TypeError('error loading dynamically imported module: https://x.org/a/B.js?retry=3'),
      ),
    ).toBe('https://x.org/a/B.js');
    expect(addressIn('nothing here')).toBeUndefined();
  });
});
