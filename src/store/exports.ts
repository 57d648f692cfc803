import { encodeOrg } from '../model/networks/orgChart/index.ts';
import { toCsv } from '../model/report.ts';
import type { LabState } from './labStore.ts';
import { selectQuery, selectReport } from './selectors.ts';

// The run's numbers as files: the same report the CLI prints, up to the tick on show.

/** File names start with this, then the tick on show. */
export const exportName = (state: Pick<LabState, 'tick'>) => `p2p-org-lab-tick-${state.tick}`;

/** Per-tick rows of both sides, as the CLI's `--format csv` writes them. */
export function csvText(state: LabState): string {
  return toCsv(selectReport(state));
}

/** The metric series and summary, plus what it takes to rebuild the run: settings, events, the shown tick, the link, the org. */
export function jsonText(state: LabState): string {
  const { events, scene, tick, org } = state;
  // JSON has no Infinity: an unlimited capacity is written "inf", as in the URL and the CLI.
  return JSON.stringify(
    // The org chart rides along (as the link would carry it), so Import org chart can take the file back.
    {
      ...selectReport(state),
      scene,
      events,
      tick,
      url: `?${selectQuery(state)}`,
      org: org ? encodeOrg(org) : null,
    },
    (_, value: unknown) => (value === Infinity ? 'inf' : value),
    2,
  );
}
