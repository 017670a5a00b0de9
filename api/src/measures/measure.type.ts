import { enumOf } from '../shared/graphql-enum';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DIMENSIONS, type Dimension } from '../datasets/dataset-catalogue';


export const DimensionEnum = enumOf(DIMENSIONS);
registerEnumType(DimensionEnum, {
  name: 'Dimension',
  description: 'A way to break a figure down. Not every measure has every dimension: see Measure.dimensions.',
  valuesConfig: {
    WARD: { description: 'Electoral ward (ONS GSS code). Gaia referrals with no ward are "unknown".' },
    STRAND: { description: 'One of the Gaia Centre\'s eight VAWG strands.' },
    AGE_BAND: { description: 'Age band of the person.' },
    SEX: { description: 'Sex of the person.' },
    REFERRAL_SOURCE: { description: 'Who referred the person to the Gaia Centre.' },
    EXPLOITATION_TYPE: { description: 'For trafficking referrals, the kind of exploitation (e.g. forced begging); "not_recorded" otherwise.' },
    OFFENCE: { description: 'Soliciting to sell or to buy sex.' },
    DESTINATION: { description: 'Where a woman moved on to from Chrysalis.' },
  },
});

export const MeasureUnitEnum = enumOf(['COUNT', 'PERCENT'] as const);
registerEnumType(MeasureUnitEnum, { name: 'MeasureUnit', description: 'COUNT of records, or PERCENT (a rate, 0 to 100).' });

export const PolarityEnum = enumOf(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NO_TARGET'] as const);
registerEnumType(PolarityEnum, { name: 'Polarity', description: 'Which direction of change the partnership wants.' });

@ObjectType({ description: 'Something the partnership counts, with a stable id that scripts can rely on.' })
export class Measure {
  @Field(() => ID, { description: 'Stable identifier, e.g. "gaia.referrals".' })
  id: string;

  @Field()
  label: string;

  @Field()
  description: string;

  @Field(() => MeasureUnitEnum)
  unit: 'COUNT' | 'PERCENT';

  @Field({ description: 'The import dataset the measure counts records of.' })
  dataset: string;

  @Field(() => [DimensionEnum], { description: 'Dimensions this measure can be grouped and filtered by.' })
  dimensions: Dimension[];

  @Field({ description: 'True when the measure counts people, so small numbers are protected for some roles.' })
  countsPeople: boolean;

  @Field({ description: 'True when figures for the parts add up to the figure for the whole.' })
  additive: boolean;

  @Field(() => PolarityEnum)
  polarity: string;
}
