import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();

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
        {optional && <option value={-1}>{t('import.none')}</option>}
        {header.map((h, i) => (
          <option key={i} value={i}>
            {h || t('import.column', { number: i + 1 })}
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
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.intro', { max: 5000 })}</p>
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
          {t('import.file')}
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => void pick(e.target.files?.[0], 'org')}
          />
        </label>
        <span>{t('import.drop')}</span>
        <button type="button" onClick={() => readImportText('example-org.csv', example)}>
          {t('import.example')}
        </button>
      </div>
      {loaded && (
        <fieldset className="mapping">
          <legend>{t('import.rows', { name: loaded.name, count: loaded.rows.length - 1 })}</legend>
          {column('id', t('import.idColumn'))}
          {column('name', t('import.nameColumn'), true)}
          {column('manager', t('import.managerColumn'))}
          <label>
            {t('import.ties')}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => void pick(e.target.files?.[0], 'ties')}
            />
          </label>
          {ties && <p>{t('import.tieRows', { name: ties.name, count: ties.rows.length - 1 })}</p>}
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
          {t('import.submit')}
        </button>
        <button type="button" onClick={onClose}>
          {t('import.cancel')}
        </button>
      </div>
    </dialog>
  );
}
