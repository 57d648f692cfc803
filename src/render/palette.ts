/**
 * Colours from the Okabe–Ito palette, which colour-blind viewers can tell
 * apart; every state also has its own shape, so colour is never the only cue.
 */
export const palette = {
  background: '#ffffff',
  edge: 'rgba(60, 60, 70, 0.28)',
  edgeStrong: 'rgba(40, 40, 50, 0.7)',
  ink: '#1b1b1f',
  uninformedFill: '#ffffff',
  uninformedStroke: '#55555f',
  informed: '#0072B2',
  distorted: '#E69F00',
  failed: '#8a8a93',
  source: '#009E73',
  queue: '#CC79A7',
  bottleneck: '#D55E00',
  lost: '#D55E00',
  hover: '#F0E442',
};

export type Palette = typeof palette;
