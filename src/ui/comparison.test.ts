import { describe, expect, it } from 'vitest';
import { Lab } from '../model/lab.ts';
import { sceneSetup } from '../store/slices/scenes.ts';
import { compareInWords, times } from './comparison.ts';

const words = (scene: string) => {
  const { settings, events } = sceneSetup(scene)!;
  const lab = new Lab(settings, events).run();
  return compareInWords(lab.summary('hierarchy'), lab.summary('p2p'), {
    requests: settings.traffic === 'requests',
    finished: true,
    people: settings.nodes,
  });
};

describe('the comparison in words', () => {
  it('formats ratios for a room', () => {
    expect(times(6, 2)).toBe('3×');
    expect(times(12, 5)).toBe('2.4×');
    expect(times(201, 39)).toBe('5.2×');
    expect(times(130, 3)).toBe('43×');
  });

  it('says when the hierarchy wins, and what the peers paid', () => {
    const [speed, cost] = words('client-server');
    expect(speed).toBe(
      'The hierarchy reached everyone it could 1.3× sooner (3 vs 4 ticks); the peer network reached everyone it could.',
    );
    expect(cost).toBe('The peers used 5.2× the messages (201 vs 39).');
  });

  it('says when the peers win from the front line', () => {
    expect(words('front-line')[0]).toMatch(
      /^The peer network reached everyone it could 1\.5× sooner \(4 vs 6 ticks\)/,
    );
  });

  it('counts who is left when failures cut people off', () => {
    const [speed] = words('hydra');
    expect(speed).toMatch(/^The hierarchy reached everyone it could \(\d of 40 people\)/);
    expect(speed).toMatch(/the peer network reached everyone it could \(\d\d of 40 people\)\.$/);
  });

  it('reports requests by delivery and wait, and names the worst queue', () => {
    const lines = words('bottlenecks');
    expect(lines[0]).toMatch(
      /^The peer network delivered \d+ requests, half of them within \d+ ticks; the hierarchy delivered \d+/,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^The longest queue was \d+ messages, at person 0 in the hierarchy\.$/),
    );
  });

  it('names garbled beliefs on both sides', () => {
    expect(words('rumours')).toContainEqual(
      expect.stringMatching(
        /^\d+ (person believes|people believe) a garbled version among the peers, \d+ people in the hierarchy\.$/,
      ),
    );
  });
});
