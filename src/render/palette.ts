/**
 * Colours from the Okabe–Ito palette, which colour-blind viewers can tell
 * apart; every state also has its own shape, so colour is never the only cue.
 * The dark variant keeps the same hues, lifted where they sit on black.
 */
export const lightPalette = {
  background: '#ffffff',
  edge: 'rgba(60, 60, 70, 0.28)',
  edgeStrong: 'rgba(40, 40, 50, 0.7)',
  ink: '#1b1b1f',
  /** Text drawn on an informed person. */
  onInformed: '#ffffff',
  uninformedFill: '#ffffff',
  uninformedStroke: '#55555f',
  informed: '#0072B2',
  distorted: '#E69F00',
  failed: '#8a8a93',
  failedFill: '#e4e4e8',
  failedCross: '#3a3a42',
  source: '#009E73',
  queue: '#CC79A7',
  queueHalo: 'rgba(204, 121, 167, 0.35)',
  bottleneck: '#D55E00',
  onBottleneck: '#ffffff',
  lost: '#D55E00',
  hover: '#F0E442',
  /** The two organizations in the charts. */
  hierarchySeries: '#D55E00',
  p2pSeries: '#0072B2',
};

export type Palette = typeof lightPalette;

export const darkPalette: Palette = {
  background: '#101014',
  edge: 'rgba(215, 215, 225, 0.26)',
  edgeStrong: 'rgba(235, 235, 245, 0.75)',
  ink: '#f3f3f6',
  onInformed: '#000000',
  uninformedFill: '#101014',
  uninformedStroke: '#b9b9c4',
  informed: '#56B4E9',
  distorted: '#E69F00',
  failed: '#8a8a96',
  failedFill: '#3a3a42',
  failedCross: '#e4e4e8',
  source: '#2BC79A',
  queue: '#CC79A7',
  queueHalo: 'rgba(204, 121, 167, 0.45)',
  bottleneck: '#FF7A2E',
  onBottleneck: '#000000',
  lost: '#FF7A2E',
  hover: '#F0E442',
  hierarchySeries: '#FF7A2E',
  p2pSeries: '#56B4E9',
};
