import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DEFAULT_SIGNAL_LIMIT, MAX_SIGNAL_LIMIT } from './signals.service';

@ArgsType()
export class SignalsArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_SIGNAL_LIMIT, description: `How many, highest score first: 1 to ${MAX_SIGNAL_LIMIT}.` })
  @IsOptional()
  @IsInt()
  limit?: number | null;
}

@ArgsType()
export class LinkSignalToIssueArgs {
  @Field(() => ID, { description: 'A signal id, "<measure>|<dimension>|<code>".' })
  @IsString()
  @MaxLength(200)
  signalId: string;

  @Field(() => ID, { description: 'An emerging issue id.' })
  @IsString()
  @MaxLength(20)
  issueId: string;
}

@ArgsType()
export class UnlinkSignalArgs {
  @Field(() => ID, { description: 'A signal id filed under an emerging issue, "<measure>|<dimension>|<code>".' })
  @IsString()
  @MaxLength(200)
  signalId: string;
}
