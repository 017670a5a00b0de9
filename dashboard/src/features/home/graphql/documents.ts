// Typed handles on the page's operations. The .graphql files are checked against the API schema at build time;
// these result types mirror their selections.
import type { TypedDocumentNode } from '@apollo/client';
import type { IsoDate, MeasureUnit, Period } from '../../../graphql/schema-types';
import headlineFigure from './headline-figure.graphql';
import homeMeasures from './home-measures.graphql';
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

export interface HeadlineFigureData {
  figures: { total: number | null; suppressed: boolean };
}

export interface HeadlineFigureVariables {
  measure: string;
  financialYear: string;
}

export const HeadlineFigureQuery = headlineFigure as TypedDocumentNode<HeadlineFigureData, HeadlineFigureVariables>;

export interface QuarterlyFiguresData {
  figures: {
    suppressed: boolean;
    rows: { period: Period | null; value: number | null; suppressed: boolean }[];
  };
}

export interface QuarterlyFiguresVariables {
  measure: string;
  from: IsoDate;
  to: IsoDate;
}

export const QuarterlyFiguresQuery = quarterlyFigures as TypedDocumentNode<QuarterlyFiguresData, QuarterlyFiguresVariables>;
