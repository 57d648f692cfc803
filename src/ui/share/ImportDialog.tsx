import { useState } from 'react';
import type { ColumnMapping } from '../../model/networks/orgChart/index.ts';
import { useActions, useLab } from '../labPage.tsx';
import { useModal } from '../useModal.ts';
import example from '../../../public/example-org.csv?raw';

/**
 * Bring your own organization: a CSV of reporting lines (`id,name,manager`,
 * columns chosen in a mapping step), optionally a CSV of informal ties, or a
 * JSON file the lab exported. Problems are listed by line; the lab keeps its
 * current state until an import succeeds. All of it goes through the store's
 * import actions; this is only the dialog.
 */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { readImportFile, readImportText, setImportMapping, confirmImport } = useActions();
  const { file: loaded, ties, mapping, errors } = useLab((s) => s.importDraft);
  const ref = useModal(open);
  const [dragging, setDragging] = useState(false);

  const pick = async (file: File | undefined, kind: 'org' | 'ties') => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (readImportFile(file.name, bytes, kind)) onClose();
  };

  const submit = () => {
    if (confirmImport()) onClose();
  };

  const header = loaded?.rows[0] ?? [];
  const column = (key: keyof ColumnMapping, label: string, optional = false) => (
    <label>
      {label}
      <select
        value={mapping[key]}
        onChange={(e) => setImportMapping({ ...mapping, [key]: Number(e.target.value) })}
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
        <button type="button" onClick={() => readImportText('example-org.csv', example)}>
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
