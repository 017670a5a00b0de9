import { SPC_POINT_STYLES, type SpcPointKind } from './spc-chart-types';
import { backgroundColour } from './palette';

/** A point's mark: shape and colour both say whether it is special cause, and which way. */
export function SpcPointMark({ kind, cx, cy }: { kind: SpcPointKind; cx: number; cy: number }) {
  const { colour, shape } = SPC_POINT_STYLES[kind];
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={3.5} fill={colour} />;
    case 'diamond':
      return <path d={`M${cx},${cy - 7} L${cx + 7},${cy} L${cx},${cy + 7} L${cx - 7},${cy} Z`} fill={colour} stroke={backgroundColour} strokeWidth={1} />;
    case 'square':
      return <rect x={cx - 5.5} y={cy - 5.5} width={11} height={11} fill={colour} stroke={backgroundColour} strokeWidth={1} />;
    case 'triangle':
      return <path d={`M${cx},${cy - 7} L${cx + 7},${cy + 5} L${cx - 7},${cy + 5} Z`} fill={colour} stroke={backgroundColour} strokeWidth={1} />;
  }
}
