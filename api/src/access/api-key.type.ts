import { IsIn, IsString, Length } from 'class-validator';
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
}
