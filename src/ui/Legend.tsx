import { useTranslation } from 'react-i18next';
import { legendEntries, shapeSvg, type LegendEntry } from '../render/marks.ts';
import { selectTieMarks } from '../store/selectors.ts';
import { useLab } from './labPage.tsx';
import { useDrawingStyle } from './theme.ts';

const R = 9;
const LINE = 2;

/** A legend entry's marks, drawn from the same descriptions as the graphs. */
function Mark({ entry }: { entry: LegendEntry }) {
  const r = R * (entry.scale ?? 1);
  return (
    <svg width={30} height={26} viewBox="-15 -13 30 26" aria-hidden="true">
      {entry.tie && (
        <line
          x1={-13}
          x2={13}
          y1={0}
          y2={0}
          stroke={entry.tie.stroke}
          strokeWidth={LINE * (entry.tie.width ?? 1)}
          strokeDasharray={entry.tie.dash?.map((d) => d * LINE).join(' ')}
        />
      )}
      {entry.layers.flatMap((layer, i) =>
        layer.map((shape, j) => {
          const { tag, attrs } = shapeSvg(shape, 0, 0, r, LINE, entry.reach);
          const { 'stroke-width': strokeWidth, ...rest } = attrs;
          const Tag = tag;
          return <Tag key={`${i}-${j}`} {...rest} strokeWidth={strokeWidth} />;
        }),
      )}
    </svg>
  );
}

/** Every mark on the graphs, with its shape as well as its colour, in the theme on show. */
export function Legend() {
  const { marks } = useDrawingStyle();
  const needs = useLab(selectTieMarks);
  // Re-rendered when the language changes: the entries' labels come from the catalogue.
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('legend.name')}>
      {legendEntries(marks, needs).map((entry) => (
        <li key={entry.label}>
          <Mark entry={entry} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
