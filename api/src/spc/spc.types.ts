import type { Polarity } from '../measures/measure-catalogue';

/** One month of a measure, in time order: period 'YYYY-MM'. */
export interface MonthlyValue {
  period: string;
  value: number;
}

export interface XmrChartOptions {
  polarity: Polarity;
  /** A monthly target (same unit as the values), for the assurance icon; none → no assurance. */
  target?: number | null;
  /** Periods 'YYYY-MM' where a new baseline starts (e.g. a change of recording system). */
  breaks?: readonly string[];
  /** Lowest value the measure can take; displayed limits are clamped to it (default 0; null for none). */
  floor?: number | null;
  /** The measure's label, for the summary sentence. */
  label?: string;
}

export type SpecialCauseRule = 'outside_limits' | 'shift' | 'trend' | 'two_of_three';
export type Direction = 'high' | 'low';

export interface SpecialCause {
  rule: SpecialCauseRule;
  direction: Direction;
}

/** 'trial' while a segment has fewer than 12 points; then 'locked' at the first 12 points' limits. */
export type LimitsStatus = 'trial' | 'locked';

/** The statistics of one baseline. Limits are raw (may be below zero) and null with a single point, which has no moving range. */
export interface SegmentLimits {
  mean: number;
  meanMovingRange: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
  upperNear: number | null;
  lowerNear: number | null;
  limitsStatus: LimitsStatus;
  /** How many of the segment's first points the limits were computed from. */
  baselinePoints: number;
}

export interface XmrSegment extends SegmentLimits {
  index: number;
  firstPeriod: string;
  lastPeriod: string;
  pointCount: number;
}

/** A point as drawn: limits clamped to the floor for display (the rules use the segment's raw limits). */
export interface XmrPoint {
  period: string;
  value: number;
  mean: number;
  upperLimit: number | null;
  lowerLimit: number | null;
  upperNear: number | null;
  lowerNear: number | null;
  segment: number;
  limitsStatus: LimitsStatus;
  specialCauses: SpecialCause[];
}

/**
 * NHS "Making Data Count" variation icons. Where neither direction is better (NO_TARGET)
 * the icon says which way the latest point is unusual: 'special_cause_high' / 'special_cause_low'.
 */
export type VariationIcon =
  | 'common_cause'
  | 'special_cause_improvement'
  | 'special_cause_concern'
  | 'special_cause_high'
  | 'special_cause_low';

export type AssuranceIcon = 'consistently_passes' | 'consistently_fails' | 'hit_and_miss';

export interface XmrChart {
  points: XmrPoint[];
  segments: XmrSegment[];
  /** Of the latest point; null for an empty series. */
  variation: VariationIcon | null;
  /** Null without a target, for NO_TARGET, or when the latest segment has no limits yet. */
  assurance: AssuranceIcon | null;
  summary: string;
}
