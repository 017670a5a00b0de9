// Typed handles on the page's operations. The .graphql files are checked against the API schema at build time;
// these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { MeasureUnit, Period, Rag } from '../../../graphql/schema-types';
import headlineFigure from './headline-figure.graphql';
import homeMeasures from './home-measures.graphql';
import homeTargets from './home-targets.graphql';
import quarterlyFigures from './quarterly-figures.graphql';

export interface HomeMeasure {
  id: string;
  label: string;
  description: string;
  unit: MeasureUnit;
}

export interface HomeMeasuresData {
  measures: HomeMeasure[];
}

export const HomeMeasuresQuery = homeMeasures as TypedDocumentNode<HomeMeasuresData, Record<string, never>>;

export interface QuarterFigure {
  period: { label: string } | null;
  value: number | null;
  suppressed: boolean;
}

export interface HeadlineFigureData {
  figures: { total: number | null; suppressed: boolean; notCollected: { label: string }[]; rows: QuarterFigure[] };
}

export interface HeadlineFigureVariables {
  measure: string;
  financialYear: string;
}

export const HeadlineFigureQuery = headlineFigure as TypedDocumentNode<HeadlineFigureData, HeadlineFigureVariables>;

export interface YearByQuarter {
  notCollected: { label: string }[];
  rows: { period: Period | null; value: number | null; suppressed: boolean }[];
}

/** Each year asked for; a year not asked for (wholly before collection) is absent. */
export interface QuarterlyFiguresData {
  first?: YearByQuarter;
  second?: YearByQuarter;
  third?: YearByQuarter;
}

export interface QuarterlyFiguresVariables {
  measure: string;
  first: string;
  askFirst: boolean;
  second: string;
  askSecond: boolean;
  third: string;
  askThird: boolean;
}

export const QuarterlyFiguresQuery = quarterlyFigures as TypedDocumentNode<QuarterlyFiguresData, QuarterlyFiguresVariables>;

export interface HomeTargetsData {
  targetReview: {
    hasTargets: boolean;
    message: string | null;
    statuses: { rag: Rag; target: { id: string; illustrative: boolean } }[];
  };
}

export const HomeTargetsQuery = homeTargets as TypedDocumentNode<HomeTargetsData, { financialYear: string; quarter: number }>;
