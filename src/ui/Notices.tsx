import { useTranslation } from 'react-i18next';
import { useLab } from './labPage.tsx';

/** Settings that were ignored and why; the page goes on with the defaults. */
export function Notices() {
  const notices = useLab((s) => s.notices);
  const dismiss = useLab((s) => s.dismissNotice);
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="notices">
      <ul>
        {notices.map((text, i) => (
          <li key={`${i}-${text}`}>
            <span>{text}</span>
            <button
              type="button"
              onClick={() => dismiss(i)}
              aria-label={t('notices.dismiss', { text })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
