import { IsInt, IsOptional, Matches, Max, Min, validate } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { badUserInput } from '../shared/errors';

export const MAX_AUDIT_PAGE = 1000;

const pageSize = { message: ({ value }: { value: unknown }) => `must be from 1 to ${MAX_AUDIT_PAGE}; got ${String(value)}` };

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 100, description: `How many entries: 1 to ${MAX_AUDIT_PAGE}.` })
  @IsInt(pageSize)
  @Min(1, pageSize)
  @Max(MAX_AUDIT_PAGE, pageSize)
  limit: number;

  // 18 digits at most: any larger would overflow the bigint id.
  @Field(() => ID, { nullable: true, description: 'Only entries older than this one (its id): the next page after the last entry of this one.' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: ({ value }) => `must be the id of an audit entry, a whole number such as "1234"; got "${String(value)}"` })
  before?: string | null;
}

/** class-validator's rules, refused as every other BAD_USER_INPUT is: naming the argument (type-graphql's own error does not). */
export async function refuseNamingTheArgument(args: unknown): Promise<void> {
  if (!args || typeof args !== 'object') return;
  const [problem] = await validate(args, { forbidUnknownValues: true });
  if (problem) throw badUserInput(problem.property, Object.values(problem.constraints ?? {})[0] ?? 'is not valid');
}
