import { useTranslation } from 'react-i18next';
import type { SideName } from '../model/lab.ts';
import { selectPersonLine } from '../store/selectors.ts';
import { useLab } from './labPage.tsx';

const LINES = { hierarchy: selectPersonLine('hierarchy'), p2p: selectPersonLine('p2p') };

/** What the person in focus knows on this side, in words (names as text, never as markup). */
export function PersonInfo({ side }: { side: SideName }) {
  const line = useLab(LINES[side]);
  const { t } = useTranslation();
  if (line === null) return <p className="person-info muted">{t('person.hint')}</p>;
  return (
    <p className="person-info" aria-live="polite">
      {line}
    </p>
  );
}
