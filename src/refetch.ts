/**
 * A part of the app fetched later (a chunk: the charts, the share bar, a language) can fail to
 * arrive on a workshop's Wi-Fi. Chromium remembers a module that failed to load and answers every
 * later `import()` of the same address with the same failure, without asking the network again:
 * "Try again" would never work. So once a loader failed, the next call imports the module afresh
 * under its address plus `?retry=N`, which the browser has not seen. The address comes from the
 * error (Chromium and Firefox name it); where it does not, the loader is simply called again.
 */
export function refetching<M>(
  load: () => Promise<M>,
  importer: (address: string) => Promise<M> = (address) => import(/* @vite-ignore */ address),
): () => Promise<M> {
  let failed = false;
  let address: string | undefined;
  let tries = 0;
  return async () => {
    try {
      return await (failed && address !== undefined
        ? importer(`${address}?retry=${++tries}`)
        : load());
    } catch (error) {
      if (!failed) address = addressIn(error);
      failed = true;
      throw error;
    }
  };
}

/** The module address a failed dynamic import names, without a query; undefined if none. */
export function addressIn(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const found = /\bhttps?:\/\/[^\s'"?#]+/.exec(message);
  return found ? found[0] : undefined;
}
