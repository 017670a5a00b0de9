// NHS "Making Data Count" icons, drawn small and inline: a circle whose colour and letter carry the
// message (blue improvement, orange concern, purple unusual either way, grey nothing unusual), with
// the message as the accessible name, so colour is never the only signal.
import type { AssuranceIcon, Polarity, VariationIcon } from '../../graphql/generated/graphql';
import { backgroundColour, spcColours } from '../charts/palette';
import './indicators.css';

const COLOURS = { blue: spcColours.improvement, orange: spcColours.concern, purple: spcColours.neither, grey: spcColours.commonIcon } as const;
type IconColour = keyof typeof COLOURS;

interface IconLook {
  name: string;
  colour: IconColour;
  letter: string;
}

/** Which way an improvement or concern went: improvement is High when higher is better. */
function improvementLetter(polarity: Polarity, improvement: boolean): string {
  const high = (polarity === 'LOWER_IS_BETTER') !== improvement;
  return high ? 'H' : 'L';
}

export function variationLook(icon: VariationIcon, polarity: Polarity): IconLook {
  switch (icon) {
    case 'COMMON_CAUSE':
      return { name: 'Common cause variation: nothing unusual', colour: 'grey', letter: '~' };
    case 'SPECIAL_CAUSE_IMPROVEMENT':
      return { name: 'Special cause variation: improvement', colour: 'blue', letter: improvementLetter(polarity, true) };
    case 'SPECIAL_CAUSE_CONCERN':
      return { name: 'Special cause variation: concern', colour: 'orange', letter: improvementLetter(polarity, false) };
    case 'SPECIAL_CAUSE_HIGH':
      return { name: 'Special cause variation: unusually high', colour: 'purple', letter: 'H' };
    case 'SPECIAL_CAUSE_LOW':
      return { name: 'Special cause variation: unusually low', colour: 'purple', letter: 'L' };
  }
}

export function assuranceLook(icon: AssuranceIcon): IconLook {
  switch (icon) {
    case 'CONSISTENTLY_PASSES':
      return { name: 'Assurance: target consistently met', colour: 'blue', letter: 'P' };
    case 'CONSISTENTLY_FAILS':
      return { name: 'Assurance: target consistently missed', colour: 'orange', letter: 'F' };
    case 'HIT_AND_MISS':
      return { name: 'Assurance: target hit and miss', colour: 'grey', letter: '?' };
  }
}

/** With `withText` the name is written beside the icon, and the icon itself is decoration. */
function SpcIcon({ look, square, withText }: { look: IconLook; square: boolean; withText: boolean }) {
  const colour = COLOURS[look.colour];
  const named = withText ? { 'aria-hidden': true } : { role: 'img', 'aria-label': look.name };
  const icon = (
    <svg className="app-spc-icon" {...named} viewBox="0 0 32 32" width="32" height="32" focusable="false">
      {!withText && <title>{look.name}</title>}
      {/* Assurance icons are squared off so the two kinds are told apart by shape too. */}
      {square ? (
        <rect x="2" y="2" width="28" height="28" rx="6" fill={backgroundColour} stroke={colour} strokeWidth="3" />
      ) : (
        <circle cx="16" cy="16" r="14" fill={backgroundColour} stroke={colour} strokeWidth="3" />
      )}
      <text x="16" y="21.5" textAnchor="middle" fontSize="15" fontWeight="700" fontFamily="arial, sans-serif" fill={colour}>
        {look.letter}
      </text>
    </svg>
  );
  return withText ? (
    <span className="app-spc-indicator">
      {icon}
      <span>{look.name}</span>
    </span>
  ) : (
    icon
  );
}

export function VariationIconView({ icon, polarity, withText = false }: { icon: VariationIcon | null; polarity: Polarity; withText?: boolean }) {
  if (!icon) return <span className="app-secondary-text">{withText ? 'Variation: too few months to judge' : 'Not assessed'}</span>;
  return <SpcIcon look={variationLook(icon, polarity)} square={false} withText={withText} />;
}

export function AssuranceIconView({ icon, withText = false }: { icon: AssuranceIcon | null; withText?: boolean }) {
  if (!icon) return <span className="app-secondary-text">{withText ? 'Assurance: no target to judge against' : 'Not assessed'}</span>;
  return <SpcIcon look={assuranceLook(icon)} square withText={withText} />;
}
