import { IsBoolean, IsIn, IsString } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { DATASET_NAMES, type DatasetName } from '../datasets/dataset-catalogue';
import { DatasetEnum } from './import-result.type';

@ArgsType()
export class ImportDatasetArgs {
  @Field(() => DatasetEnum)
  @IsIn(DATASET_NAMES)
  dataset: DatasetName;

  @Field({ description: 'The whole file, UTF-8.' })
  @IsString()
  csv: string;

  @Field({ defaultValue: false, description: 'Import the valid rows and return the invalid ones in rejectedCsv.' })
  @IsBoolean()
  skipInvalid: boolean;

  @Field({ defaultValue: false, description: 'Check and count, storing nothing.' })
  @IsBoolean()
  dryRun: boolean;
}
