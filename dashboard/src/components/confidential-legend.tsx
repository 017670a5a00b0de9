import { CONFIDENTIAL_LEGEND } from '../lib/format';
import './confidential-legend.css';

/** Explains the [c] mark wherever figures may be withheld. */
export function ConfidentialLegend() {
  return <p className="app-legend">{CONFIDENTIAL_LEGEND}</p>;
}
