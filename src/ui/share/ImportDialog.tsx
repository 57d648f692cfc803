import { useState } from 'react';
import {
  decodeText,
  guessMapping,
  orgChartFromRows,
  readCsv,
  tiesFromRows,
  type ColumnMapping,
} from '../../model/networks/orgChart/index.ts';
import { useActions, useLabStore } from '../../store/context.tsx';
import { orgFitsUrl, stateFromUrl } from '../../store/url.ts';
import { useModal } from '../useModal.ts';
import example from '../../../public/example-org.csv?raw';

interface Loaded {
  name: string;
  rows: string[][];
}

async function readFile(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; errors: string[] }> {
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  return decoded.ok ? { ok: true, text: decoded.value } : decoded;
}

/**
 * Bring your own organization: a CSV of reporting lines (`id,name,manager`,
 * columns chosen in a mapping step), optionally a CSV of informal ties, or a
 * JSON file the lab exported. Problems are listed by line; the lab keeps its
 * current state until an import succeeds.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const store = useLabStore();
  const { importOrg, load } = useActions();
  const ref = useModal(open);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [ties, setTies] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({ id: 0, name: 1, manager: 2 });
  const [errors, setErrors] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);

  const loadRows = (name: string, text: string) => {
    const rows = readCsv(text);
    if (!rows.ok) {
      setErrors(rows.errors.map((e) => `${name}: ${e}`));
      return;
    }
    setErrors([]);
    setLoaded({ name, rows: rows.value });
    setMapping(guessMapping(rows.value[0]));
  };

  const loadJson = (name: string, text: string) => {
    try {
      const data = JSON.parse(text) as { url?: unknown; org?: unknown };
      if (typeof data.url !== 'string') throw new Error('no url');
      const query = new URLSearchParams(data.url.replace(/^\?/, ''));
      if (typeof data.org === 'string') query.set('org', data.org);
      const state = stateFromUrl(query.toString());
      if (!state.org) {
        setErrors([`${name}: this JSON holds no org chart; import the CSV instead.`]);
        return;
      }
      finish(state.org, name, state);
    } catch {
      setErrors([`${name}: not a JSON file exported by the lab (it needs its “url” and “org”).`]);
    }
  };

  const pick = async (file: File | undefined, kind: 'org' | 'ties') => {
    if (!file) return;
    const text = await readFile(file);
    if (!text.ok) {
      setErrors(text.errors.map((e) => `${file.name}: ${e}`));
      return;
    }
    if (kind === 'ties') {
      const rows = readCsv(text.text);
      if (!rows.ok) setErrors(rows.errors.map((e) => `${file.name}: ${e}`));
      else setTies({ name: file.name, rows: rows.value });
      return;
    }
    if (/\.json$/i.test(file.name)) loadJson(file.name, text.text);
    else loadRows(file.name, text.text);
  };

  const finish = (
    org: NonNullable<ReturnType<typeof stateFromUrl>['org']>,
    name: string,
    restore?: ReturnType<typeof stateFromUrl>,
  ) => {
    // A whole exported state brings its settings, events and tick too.
    if (restore) load(restore);
    else importOrg(org);
    const notes = [`Imported ${org.ids.length} people from ${name}.`];
    if (!orgFitsUrl(org))
      notes.push(
        'This org chart is too large to travel in a link. To share this state, use Export JSON; Import org chart on the other machine takes that file back.',
      );
    store.setState({ notices: notes });
    setLoaded(null);
    setTies(null);
    setErrors([]);
    onClose();
  };

  const submit = () => {
    if (!loaded) return;
    const org = orgChartFromRows(loaded.rows, mapping);
    if (!org.ok) {
      setErrors(org.errors.map((e) => `${loaded.name}: ${e}`));
      return;
    }
    if (ties) {
      const parsed = tiesFromRows(ties.rows, org.value);
      if (!parsed.ok) {
        setErrors(parsed.errors.map((e) => `${ties.name}: ${e}`));
        return;
      }
      org.value.ties = parsed.value;
    }
    finish(org.value, loaded.name);
  };

  const header = loaded?.rows[0] ?? [];
  const column = (key: keyof ColumnMapping, label: string, optional = false) => (
    <label>
      {label}
      <select
        value={mapping[key]}
        onChange={(e) => setMapping({ ...mapping, [key]: Number(e.target.value) })}
      >
        {optional && <option value={-1}>(none)</option>}
        {header.map((h, i) => (
          <option key={i} value={i}>
            {h || `column ${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <dialog
      ref={ref}
      className="import"
      aria-labelledby="import-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="import-title">Import org chart</h2>
      <p>
        A CSV with one row per person: an id, a name and the id of their manager (empty for the
        top). Up to 5,000 people. The hierarchy becomes this org chart; the peers become the
        informal ties you give, or the same people with communities seeded from their teams.
      </p>
      <div
        className={`drop${dragging ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void pick(e.dataTransfer.files[0], 'org');
        }}
      >
        <label>
          Org chart file (CSV, or JSON exported by the lab)
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => void pick(e.target.files?.[0], 'org')}
          />
        </label>
        <span>or drop it here, or</span>
        <button type="button" onClick={() => loadRows('example-org.csv', example)}>
          Load the example
        </button>
      </div>
      {loaded && (
        <fieldset className="mapping">
          <legend>
            {loaded.name}: {loaded.rows.length - 1} rows. Which column is which?
          </legend>
          {column('id', 'Id column')}
          {column('name', 'Name column', true)}
          {column('manager', 'Manager column')}
          <label>
            Informal ties (optional CSV of pairs a,b)
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void pick(e.target.files?.[0], 'ties')}
            />
          </label>
          {ties && (
            <p>
              {ties.name}: {ties.rows.length - 1} ties.
            </p>
          )}
        </fieldset>
      )}
      {errors.length > 0 && (
        <div role="alert">
          <ul className="import-errors">
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={!loaded} onClick={submit}>
          Import
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
