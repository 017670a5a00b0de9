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

/** The catalogue as a role may ask for it: funders and councillors do not see the operational group's own measures. */
export function listMeasures(controlledRole = false): Measure[] {
  return MEASURES.filter((m) => !(controlledRole && m.operationalOnly)).map(toMeasure);
}
