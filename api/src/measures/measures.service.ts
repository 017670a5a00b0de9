import type { Dimension } from '../datasets/dataset-catalogue';
import { DATASETS } from '../datasets/dataset-catalogue';
import { MEASURES, type MeasureDefinition } from './measure-catalogue';
import type { Measure } from './measure.type';

export function toMeasure(definition: MeasureDefinition): Measure {
  return {
    id: definition.id,
    label: definition.label,
    description: definition.description,
    unit: definition.unit,
    dataset: definition.dataset,
    dimensions: Object.keys(DATASETS[definition.dataset].dimensions) as Dimension[],
    countsPeople: definition.countsPeople,
    additive: definition.additive,
    polarity: definition.polarity,
  };
}

export function listMeasures(): Measure[] {
  return MEASURES.map(toMeasure);
}
