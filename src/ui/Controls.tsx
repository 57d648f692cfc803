import { useMemo, useState } from 'react';
import {
  formatValue,
  isRelevant,
  LIVE_SETTINGS,
  listWords,
  PARAMS,
  parseValue,
  specOf,
  type ParamSpec,
  type Settings,
} from '../model/params.ts';
import { useActions, useLab } from '../store/context.tsx';
import { effectiveSettings } from '../store/derived.ts';

/** "Capacity, load, loss and distortion": the live settings, as the hint names them. */
const LIVE_LABELS = listWords(
  LIVE_SETTINGS.map((name, i) => (i ? specOf(name).label.toLowerCase() : specOf(name).label)),
  'and',
);

/** The main settings, built from the one schema. */
export function Controls() {
  const base = useLab((s) => s.settings);
  const events = useLab((s) => s.events);
  const lab = useLab((s) => s.lab);
  const tick = useLab((s) => s.tick);
  // The values in force at the tick on show, counting live changes made mid-run.
  const settings = useMemo(
    () => effectiveSettings({ settings: base, events, lab }),
    // `tick` moves the lab (mutated in place) past later changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [base, events, lab, tick],
  );
  const org = useLab((s) => s.org);
  const { clearOrg } = useActions();
  const shown = PARAMS.filter((p) => p.control && isRelevant(p, settings) && !(org && p.orgFixed));
  return (
    <form className="controls" aria-label="Settings" onSubmit={(e) => e.preventDefault()}>
      <h2>Settings</h2>
      {org && (
        <div className="org-banner">
          <p>
            Your organization: {org.ids.length} people.{' '}
            {org.ties ? 'Peers: your informal ties.' : 'Peers: generated from your teams.'}
          </p>
          <button type="button" onClick={clearOrg}>
            Back to generated people
          </button>
        </div>
      )}
      {tick > 0 && (
        <p className="controls-hint">
          {LIVE_LABELS} change from the next tick on; anything else starts the run again.
        </p>
      )}
      {shown.map((spec) => (
        <Control key={spec.name} spec={spec} value={settings[spec.name]} />
      ))}
    </form>
  );
}

function Control({ spec, value }: { spec: ParamSpec; value: Settings[keyof Settings] }) {
  const { setSetting } = useActions();
  const id = `setting-${spec.name}`;
  const apply = (raw: string): string | null => {
    const parsed = parseValue(spec, raw);
    if (!parsed.ok) return `${spec.label} must be ${parsed.allowed}.`;
    if (parsed.value !== value) setSetting(spec.name, parsed.value as never);
    return null;
  };
  if (spec.type === 'enum') {
    return (
      <div className="control">
        <label htmlFor={id}>{spec.label}</label>
        <select
          id={id}
          value={String(value)}
          onChange={(e) => apply(e.target.value)}
          title={spec.help}
        >
          {spec.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (spec.type !== 'source' && spec.max <= 1) {
    return (
      <div className="control">
        <label htmlFor={id}>
          {spec.label} <span className="value">{Math.round(Number(value) * 100)}%</span>
        </label>
        <input
          id={id}
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={Number(value)}
          aria-valuetext={`${Math.round(Number(value) * 100)}%`}
          title={spec.help}
          onChange={(e) => apply(e.target.value)}
        />
      </div>
    );
  }
  return <TextControl key={formatValue(value)} spec={spec} id={id} value={value} apply={apply} />;
}

/** A typed value, checked by the schema when it is committed (Enter or leaving the field). */
function TextControl({
  spec,
  id,
  value,
  apply,
}: {
  spec: ParamSpec;
  id: string;
  value: Settings[keyof Settings];
  apply: (raw: string) => string | null;
}) {
  const [draft, setDraft] = useState(formatValue(value));
  const [error, setError] = useState<string | null>(null);
  const commit = () => setError(apply(draft));
  return (
    <div className="control">
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        value={draft}
        inputMode={spec.type === 'source' ? 'text' : 'decimal'}
        title={spec.help}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
