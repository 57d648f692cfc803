export interface FoundChromium {
  /** undefined: Playwright's own browser. */
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | 'Playwright' | 'system';
}
export function findChromium(): FoundChromium | null;
/** Flags that keep a root, offline, headless Chromium quiet and working (harmless elsewhere). */
export const CHROMIUM_ARGS: string[];
