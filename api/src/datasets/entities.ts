import { Arrest } from './arrest.entity';
import { ChrysalisMoveOn } from './chrysalis-move-on.entity';
import { GaiaReferral } from './gaia-referral.entity';
import { PoliceOperation } from './police-operation.entity';
import { WarningLetter } from './warning-letter.entity';

export const DATASET_ENTITIES = [PoliceOperation, WarningLetter, Arrest, GaiaReferral, ChrysalisMoveOn];
