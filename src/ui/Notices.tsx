import { useTranslation } from 'react-i18next';
import { useActions, useLab } from './labPage.tsx';

/** At most this many notices are shown at once; the rest wait behind a count. */
const SHOWN = 4;

/** Settings that were ignored and why; the page goes on with the defaults. */
export function Notices() {
  const notices = useLab((s) => s.notices);
  const { dismissNotice, dismissAllNotices } = useActions();
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  const hidden = notices.length - SHOWN;
  return (
    <div role="alert" className="notices">
      <ul>
        {notices.slice(0, SHOWN).map((text, i) => (
          <li key={`${i}-${text}`}>
            <span>{text}</span>
            <button
              type="button"
              onClick={() => dismissNotice(i)}
              aria-label={t('notices.dismiss', { text })}
            >
              ×
            </button>
          </li>
        ))}
        {hidden > 0 && (
          <li>
            <span>{t('notices.more', { count: hidden })}</span>
            <button type="button" onClick={dismissAllNotices}>
              {t('notices.dismissAll')}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
