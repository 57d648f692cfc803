import { inWorker } from './inWorker.ts';
import NetworksWorker from './networks.worker.ts?worker';
import { buildHere, type BuiltNetworks, type NetworkBuilder } from './prepare.ts';

/**
 * Builds big networks in a Web Worker; where one cannot run, on this thread after the progress has
 * had a frame to show.
 */
export const buildInWorker: NetworkBuilder = (settings, org, done) =>
  inWorker<BuiltNetworks>(
    () => new NetworksWorker(),
    { settings, org },
    (built) => {
      done(built);
      return true;
    },
    () => buildHere(settings, org, done),
  );
