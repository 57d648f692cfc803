import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryWith, selectQuery } from '../../store/selectors.ts';
import { useLabPage } from '../labPage.tsx';
import { useDrawingStyle } from '../theme.ts';
import { exportCsv, exportJson, exportPng, exportSvg } from './exporting.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { embedCode, pageAddress } from './embedCode.ts';
import { canRecord, recordRun } from './recording.ts';

/** Copies text, with a fallback for pages (or frames) where the async clipboard is refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Links, embed code, pictures, numbers and video of the run as it stands. */
export function ShareBar() {
  const page = useLabPage();
  const { store } = page;
  const { colors } = useDrawingStyle();
  const [message, setMessage] = useState('');
  const [width, setWidth] = useState(960);
  const [height, setHeight] = useState(600);
  const [bigText, setBigText] = useState(false);
  const [recording, setRecording] = useState<(() => void) | null>(null);
  const [importing, setImporting] = useState(false);
  const { t } = useTranslation();

  const say = (text: string) => {
    setMessage(text);
    setTimeout(() => setMessage((m) => (m === text ? '' : m)), 4000);
  };
  const link = () => `${pageAddress()}?${selectQuery(store.getState())}`;
  const embedSrc = () =>
    `${pageAddress()}?${queryWith(store.getState(), { embed: '1', autoplay: '1', ...(bigText ? { presenter: '1' } : {}) })}`;

  return (
    <section className="share-bar" aria-label={t('share.name')}>
      <h2>{t('share.name')}</h2>
      <div className="share-buttons">
        <button
          type="button"
          onClick={async () =>
            say((await copyText(link())) ? t('share.linkCopied') : t('share.linkFailed'))
          }
        >
          {t('share.copyLink')}
        </button>
        <button
          type="button"
          onClick={async () =>
            say(
              (await copyText(embedCode(embedSrc(), width, height)))
                ? t('share.embedCopied', { width, height })
                : t('share.embedFailed'),
            )
          }
        >
          {t('share.copyEmbed')}
        </button>
        <label className="share-option">
          <input type="checkbox" checked={bigText} onChange={(e) => setBigText(e.target.checked)} />
          {t('share.presenterText')}
        </label>
        <SizeInput label={t('share.width')} value={width} onChange={setWidth} />
        <SizeInput label={t('share.height')} value={height} onChange={setHeight} />
        <span
          className="frame-preview"
          aria-hidden="true"
          style={{
            width: `${(width / Math.max(width, height)) * 3.2}rem`,
            height: `${(height / Math.max(width, height)) * 3.2}rem`,
          }}
        >
          {width}×{height}
        </span>
        <button type="button" onClick={() => exportPng(page, colors)}>
          {t('share.png')}
        </button>
        <button type="button" onClick={() => exportSvg(page, colors)}>
          {t('share.svg')}
        </button>
        <button
          type="button"
          disabled={!canRecord()}
          title={canRecord() ? t('share.recordTitle') : t('share.cannotRecord')}
          onClick={() => {
            if (recording) {
              recording();
              return;
            }
            say(t('share.recordingFrom0'));
            const stop = recordRun(page, colors, (saved) => {
              setRecording(null);
              say(saved ? t('share.videoSaved') : t('share.noVideo'));
            });
            setRecording(() => stop);
          }}
        >
          {recording ? t('share.stopRecording') : t('share.record')}
        </button>
        <button type="button" onClick={() => exportCsv(store)}>
          {t('share.csv')}
        </button>
        <button type="button" onClick={() => exportJson(store)}>
          {t('share.json')}
        </button>
        <button type="button" onClick={() => setImporting(true)}>
          {t('share.import')}
        </button>
        <a className="offline-link" href="./offline.html" download="p2p-org-lab.html">
          {t('share.offline')}
        </a>
      </div>
      <p className="share-message" aria-live="polite">
        {message}
      </p>
      <ImportDialog open={importing} onClose={() => setImporting(false)} />
    </section>
  );
}

/** A frame dimension in pixels, 200–4000. Typing is free; only a valid number is taken, and blur puts it back. */
function SizeInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const [text, setText] = useState(String(value));
  return (
    <label className="size">
      {label}
      <input
        type="number"
        min={200}
        max={4000}
        step={10}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = Math.round(Number(e.target.value));
          if (e.target.value !== '' && n >= 200 && n <= 4000) onChange(n);
        }}
        onBlur={() => setText(String(value))}
      />
    </label>
  );
}
