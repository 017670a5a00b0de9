import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, Validate, type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ROLES } from '../access/roles';
import { DateScalar } from '../shared/date.scalar';
import { isRealIsoDate } from '../shared/dates';

export const MAX_AUDIT_PAGE = 1000;

const pageSize = { message: ({ value }: { value: unknown }) => `must be from 1 to ${MAX_AUDIT_PAGE}; got ${String(value)}` };

/** A real calendar day written YYYY-MM-DD, and for `to`, not before `from`. */
@ValidatorConstraint({ name: 'auditDay' })
class AuditDay implements ValidatorConstraintInterface {
  validate(value: unknown, { object, property }: ValidationArguments): boolean {
    if (typeof value !== 'string' || !isRealIsoDate(value)) return false;
    const from = (object as AuditLogFilter).from;
    return property !== 'to' || !from || !isRealIsoDate(from) || from <= value;
  }

  defaultMessage({ value, object, property }: ValidationArguments): string {
    if (typeof value === 'string' && isRealIsoDate(value) && property === 'to') return `must not be before from (${(object as AuditLogFilter).from}); got "${value}"`;
    return `must be a day written YYYY-MM-DD, such as "2026-04-01"; got "${String(value)}"`;
  }
}

/** Which entries: every filter given must hold (a filter left out holds for all). */
@ArgsType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Only this person or key: their subject exactly as entries show it, e.g. "api-key:3".' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: ({ value }) => `must be 1 to 200 characters; got ${String(value).length}` })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Only requests made in this role: analyst, member, funder or councillor.' })
  @IsOptional()
  @IsIn(ROLES, { message: ({ value }) => `must be one of ${ROLES.join(', ')}; got "${String(value)}"` })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Only operations whose text contains this, ignoring case, e.g. "createApiKey" or "download".' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: ({ value }) => `must be 1 to 100 characters; got ${String(value).length}` })
  operation?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only entries on or after this day (YYYY-MM-DD, London time).' })
  @IsOptional()
  @Validate(AuditDay)
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only entries on or before this day (YYYY-MM-DD, London time).' })
  @IsOptional()
  @Validate(AuditDay)
  to?: string | null;
}

@ArgsType()
export class AuditLogArgs extends AuditLogFilter {
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
