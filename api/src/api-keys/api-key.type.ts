import { IsDate, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export const ApiKeyRoleEnum = { funder: 'funder', member: 'member' } as const;
registerEnumType(ApiKeyRoleEnum, { name: 'ApiKeyRole', description: 'The role a key acts with.' });

@ObjectType({ description: "A key for a funder's scripts. The secret is never shown again after creation." })
export class ApiKey {
  @Field(() => ID)
  id: number;

  @Field({ description: 'Who or what the key is for, e.g. "MOPAC quarterly returns".' })
  name: string;

  @Field(() => ApiKeyRoleEnum)
  role: string;

  @Field({ description: 'The first part of the key, to tell keys apart (vik_<prefix>_…).' })
  prefix: string;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'From this moment the key is refused, as a revoked key is; null: it works until revoked.' })
  expiresAt: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field({ description: 'The whole key. Shown this once: store it safely; only a hash is kept.' })
  key: string;

  @Field(() => ApiKey)
  apiKey: ApiKey;
}

@ArgsType()
export class CreateApiKeyArgs {
  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => ApiKeyRoleEnum, { defaultValue: 'funder' })
  @IsIn(Object.values(ApiKeyRoleEnum))
  role: 'funder' | 'member';

  @Field(() => Date, { nullable: true, description: 'When the key stops working (it must lie ahead); absent: it works until revoked.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time such as "2027-04-01T00:00:00Z"' })
  expiresAt?: Date | null;
}
