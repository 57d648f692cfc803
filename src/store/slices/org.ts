import { t } from '../../i18n/i18n.ts';
import type { LabEvent } from '../../model/events.ts';
import type { Language } from '../../i18n/i18n.ts';
import {
  decodeText,
  guessMapping,
  orgChartFromRows,
  readCsv,
  tiesFromRows,
  type ColumnMapping,
  type OrgChart,
} from '../../model/networks/orgChart/index.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../model/params.ts';
import { reconcile } from '../../model/settingsText.ts';
import { orgFitsUrl, stateFromUrl } from '../url.ts';
import type { Kit } from './kit.ts';

/** A file read into rows, named as the user's file was. */
export interface LoadedRows {
  name: string;
  rows: string[][];
  /** The file line each row starts on. */
  lines: number[];
}

/** The import dialog's work so far: nothing changes in the lab until an import succeeds. */
export interface ImportDraft {
  file: LoadedRows | null;
  ties: LoadedRows | null;
  mapping: ColumnMapping;
  errors: string[];
}

export interface OrgState {
  /** An imported organization: the hierarchy is its org chart, the peers its ties or its teams. */
  org: OrgChart | null;
  importDraft: ImportDraft;
}

/** A whole state at once (from a link, or an exported file taken back). */
export interface InitialState {
  org?: OrgChart | null;
  settings?: Settings;
  notices?: string[];
  events?: LabEvent[];
  scene?: string | null;
  /** The tick to show first (the run is simulated up to it). */
  tick?: number;
  /** The language a link asked for (null: the browser's). */
  lang?: Language | null;
}

export interface OrgActions {
  /** Replaces the generated people with an imported organization (and starts again at tick 0). */
  importOrg(org: OrgChart): void;
  /** Back to generated networks of the same size. */
  clearOrg(): void;
  /** A whole state at once (an exported file taken back): org, settings, scene, events, tick. */
  load(state: InitialState): void;
  /**
   * A file chosen or dropped in the import dialog: an org chart CSV, a JSON state the lab
   * exported, or (`ties`) a CSV of informal ties. Returns true when it finished an import.
   */
  readImportFile(name: string, bytes: Uint8Array, kind: 'org' | 'ties'): boolean;
  /** Org chart CSV text (the bundled example) into the dialog. */
  readImportText(name: string, text: string): void;
  setImportMapping(mapping: ColumnMapping): void;
  /** Imports the dialog's file with its mapping; returns true when it succeeded. */
  confirmImport(): boolean;
}

export const EMPTY_DRAFT: ImportDraft = {
  file: null,
  ties: null,
  mapping: { id: 0, name: 1, manager: 2 },
  errors: [],
};

const named = (name: string, errors: string[]) =>
  errors.map((error) => t('importErrors.named', { name, error }));

export function orgActions(kit: Kit): OrgActions {
  const { set, get } = kit;
  const draft = (change: Partial<ImportDraft>) =>
    set({ importDraft: { ...get().importDraft, ...change } });

  /** The import went through: say so (and whether it can travel in a link), and clear the dialog. */
  /** `earlier`: what reading the file already had to say (a state file's trimmed settings). */
  const imported = (org: OrgChart, name: string, earlier: readonly string[] = []) => {
    const notes = [...earlier, t('importErrors.imported', { count: org.ids.length, name })];
    if (!orgFitsUrl(org)) notes.push(t('importErrors.tooLargeForLink'));
    set({ notices: notes, importDraft: EMPTY_DRAFT });
    return true;
  };

  const readRows = (name: string, text: string) => {
    const csv = readCsv(text);
    if (!csv.ok) draft({ errors: named(name, csv.errors) });
    else
      draft({ errors: [], file: { name, ...csv.value }, mapping: guessMapping(csv.value.rows[0]) });
  };

  const readJson = (name: string, text: string): boolean => {
    try {
      const data = JSON.parse(text) as { url?: unknown; org?: unknown };
      if (typeof data.url !== 'string') throw new Error('no url');
      const query = new URLSearchParams(data.url.replace(/^\?/, ''));
      if (typeof data.org === 'string') query.set('org', data.org);
      const state = stateFromUrl(query.toString());
      if (!state.org) {
        draft({ errors: [t('importErrors.noOrg', { name })] });
        return false;
      }
      // A whole exported state brings its settings, events and tick too.
      get().load(state);
      return imported(state.org, name, state.notices);
    } catch {
      draft({
        errors: [t('importErrors.notLabJson', { name })],
      });
      return false;
    }
  };

  return {
    importOrg(org) {
      const next = { ...get().settings, nodes: org.ids.length };
      reconcile(next, 'url');
      kit.restart(next, [], { org, scene: null });
    },
    clearOrg() {
      kit.restart({ ...get().settings }, [], { org: null });
    },
    load(state) {
      const org = state.org ?? null;
      const settings = { ...(state.settings ?? DEFAULT_SETTINGS) };
      if (org) settings.nodes = org.ids.length;
      const events = state.events ?? [];
      kit.prepare({ settings, events, org, upTo: state.tick ?? 0 }, (lab) => {
        set({
          settings,
          events,
          ...kit.shown(lab),
          org,
          scene: state.scene ?? null,
          playing: false,
          forkedAt: null,
        });
        get().refreshWhoStarts();
      });
    },
    readImportFile(name, bytes, kind) {
      const text = decodeText(bytes);
      if (!text.ok) {
        draft({ errors: named(name, text.errors) });
        return false;
      }
      if (kind === 'ties') {
        const csv = readCsv(text.value);
        if (!csv.ok) draft({ errors: named(name, csv.errors) });
        else draft({ ties: { name, ...csv.value } });
        return false;
      }
      if (/\.json$/i.test(name)) return readJson(name, text.value);
      readRows(name, text.value);
      return false;
    },
    readImportText(name, text) {
      readRows(name, text);
    },
    setImportMapping(mapping) {
      draft({ mapping });
    },
    confirmImport() {
      const { file, ties, mapping } = get().importDraft;
      if (!file) return false;
      const org = orgChartFromRows(file.rows, mapping, file.lines);
      if (!org.ok) {
        draft({ errors: named(file.name, org.errors) });
        return false;
      }
      if (ties) {
        const parsed = tiesFromRows(ties.rows, org.value, ties.lines);
        if (!parsed.ok) {
          draft({ errors: named(ties.name, parsed.errors) });
          return false;
        }
        org.value.ties = parsed.value;
      }
      get().importOrg(org.value);
      return imported(org.value, file.name);
    },
  };
}
