import { useDrawingStyle } from './theme.ts';

const R = 9;

function Mark({ children }: { children: React.ReactNode }) {
  return (
    <svg width={30} height={26} viewBox="-15 -13 30 26" aria-hidden="true">
      {children}
    </svg>
  );
}

/** Every mark on the graphs, with its shape as well as its colour. */
export function Legend() {
  const { colors: palette } = useDrawingStyle();
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <Mark>
          <circle
            r={R}
            fill={palette.uninformedFill}
            stroke={palette.uninformedStroke}
            strokeWidth={2}
          />
        </Mark>
        Not yet informed
      </li>
      <li>
        <Mark>
          <circle r={R} fill={palette.informed} stroke={palette.ink} strokeWidth={2} />
        </Mark>
        Informed
      </li>
      <li>
        <Mark>
          <path
            d={`M0,${-R - 2}L${R + 2},0L0,${R + 2}L${-R - 2},0Z`}
            fill={palette.distorted}
            stroke={palette.ink}
            strokeWidth={2}
          />
        </Mark>
        Believes a distorted version
      </li>
      <li>
        <Mark>
          <circle r={R * 0.8} fill="#e4e4e8" stroke={palette.failed} strokeWidth={2} />
          <path d="M-5,-5L5,5M5,-5L-5,5" stroke="#3a3a42" strokeWidth={2} />
        </Mark>
        Knocked out
      </li>
      <li>
        <Mark>
          <circle r={R + 3} fill="none" stroke={palette.source} strokeWidth={3} />
          <circle r={R - 2} fill={palette.informed} />
        </Mark>
        Started the message
      </li>
      <li>
        <Mark>
          <circle r={R + 3} fill="rgba(204, 121, 167, 0.35)" />
          <circle
            r={R - 3}
            fill={palette.uninformedFill}
            stroke={palette.uninformedStroke}
            strokeWidth={2}
          />
        </Mark>
        Queue: waiting to pass on (grows)
      </li>
      <li>
        <Mark>
          <circle r={R + 2} fill="none" stroke={palette.bottleneck} strokeWidth={3} />
        </Mark>
        Worst bottleneck
      </li>
      <li>
        <Mark>
          <circle r={4} fill={palette.informed} />
          <path
            d="M2,-4L10,4M10,-4L2,4"
            stroke={palette.lost}
            strokeWidth={2}
            transform="translate(-2,0)"
          />
        </Mark>
        Message in flight (× lost)
      </li>
    </ul>
  );
}
