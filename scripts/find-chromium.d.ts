export interface FoundChromium {
  /** undefined: Playwright's own browser. */
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | 'Playwright' | 'system';
}
export function findChromium(): FoundChromium | null;
