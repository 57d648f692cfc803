import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionLabel, settingHelp, settingLabel } from '../store/texts.ts';
import type { ParamSpec, Settings } from '../model/params.ts';
import { selectControls, selectLiveLabels } from '../store/selectors.ts';
import { useActions, useLab } from './labPage.tsx';
import { formatNumber } from '../i18n/i18n.ts';

/** The main settings, built from the one schema, with the values in force at the tick on show. */
export function Controls() {
  const controls = useLab(selectControls);
  const started = useLab((s) => s.tick > 0);
  const org = useLab((s) => s.org);
  const { clearOrg } = useActions();
  const { t } = useTranslation();
  return (
    <form className="controls" aria-label={t('controls.name')} onSubmit={(e) => e.preventDefault()}>
      <h2>{t('controls.name')}</h2>
      {org && (
        <div className="org-banner">
          <p>
            {t('controls.org', { count: org.ids.length })}{' '}
            {org.ties ? t('controls.orgTies') : t('controls.orgTeams')}
          </p>
          <button type="button" onClick={clearOrg}>
            {t('controls.backToGenerated')}
          </button>
        </div>
      )}
      {started && <LiveHint />}
      {controls.map(({ spec, value, text }) => (
        <Control key={spec.name} spec={spec} value={value} text={text} />
      ))}
    </form>
  );
}

function LiveHint() {
  const labels = useLab(selectLiveLabels);
  const { t } = useTranslation();
  return <p className="controls-hint">{t('controls.liveHint', { settings: labels })}</p>;
}

interface ControlProps {
  spec: ParamSpec;
  /** Starts the ids of its elements (a scene card repeats some controls of the settings panel). */
  prefix?: string;
  value: Settings[keyof Settings];
  /** The value as the URL and CLI write it. */
  text: string;
}

export function Control(props: ControlProps) {
  const { spec, prefix = 'setting' } = props;
  if (!spec.explain) return <ControlInput {...props} />;
  return (
    <div className="control-explained">
      <ControlInput {...props} />
      <p className="control-help" id={`${prefix}-${spec.name}-help`}>
        {settingHelp(spec)}
      </p>
    </div>
  );
}

function ControlInput({ spec, value, text, prefix = 'setting' }: ControlProps) {
  const busy = useLab((s) => s.job !== null);
  const { setSettingText } = useActions();
  const id = `${prefix}-${spec.name}`;
  const apply = (raw: string) => setSettingText(spec.name, raw);
  if (spec.type === 'enum') {
    return (
      <div className="control">
        <label htmlFor={id}>{settingLabel(spec)}</label>
        <select
          id={id}
          value={text}
          onChange={(e) => apply(e.target.value)}
          title={settingHelp(spec)}
          aria-describedby={spec.explain ? `${id}-help` : undefined}
        >
          {spec.options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(spec, o)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (spec.type !== 'source' && spec.max <= 1) {
    const percent = formatNumber(Number(value), { style: 'percent' });
    return (
      <div className="control">
        <label htmlFor={id}>
          {settingLabel(spec)} <span className="value">{percent}</span>
        </label>
        <input
          id={id}
          type="range"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={Number(value)}
          aria-valuetext={percent}
          title={settingHelp(spec)}
          aria-describedby={spec.explain ? `${id}-help` : undefined}
          onChange={(e) => apply(e.target.value)}
        />
      </div>
    );
  }
  // A new field when the value on show changes, and when a run starts or stops being prepared
  // (so a cancelled change shows the value on show again, not what was typed).
  return <TextControl key={`${text}|${busy}`} spec={spec} id={id} text={text} apply={apply} />;
}

/** A typed value, checked by the schema when it is committed (Enter or leaving the field). */
function TextControl({
  spec,
  id,
  text,
  apply,
}: {
  spec: ParamSpec;
  id: string;
  text: string;
  apply: (raw: string) => string | null;
}) {
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  const commit = () => setError(apply(draft));
  return (
    <div className="control">
      <label htmlFor={id}>{settingLabel(spec)}</label>
      <input
        id={id}
        value={draft}
        inputMode={spec.type === 'source' ? 'text' : 'decimal'}
        title={settingHelp(spec)}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [error ? `${id}-error` : '', spec.explain ? `${id}-help` : ''].join(' ').trim() ||
          undefined
        }
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
