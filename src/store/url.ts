import { parseSettings, type Settings } from '../model/params.ts';

/** Query keys the page itself reads (later: scenes, embedding); not settings, not errors. */
export const PAGE_KEYS: readonly string[] = ['embed', 'autoplay', 'loop', 'scene', 'v', 't', 'ev'];

/** Settings from a query string; every ignored value becomes a notice naming it. */
export function settingsFromUrl(search: string): { settings: Settings; notices: string[] } {
  const { settings, problems } = parseSettings(new URLSearchParams(search), 'url', PAGE_KEYS);
  return {
    settings,
    notices: problems.map((p) => `Ignored ${p.message}.`),
  };
}
