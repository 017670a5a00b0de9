import { rolesFor } from '../access/access-matrix';
import { Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../server/context';

@ObjectType({ description: 'One audited request: who, in which role, what, when, and how many figure rows went out.' })
export class AuditLogEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field()
  subject: string;

  @Field()
  role: string;

  @Field()
  operation: string;

  @Field(() => GraphQLJSONObject, { description: 'Variables, with long texts replaced by their length.' })
  arguments: Record<string, unknown>;

  @Field(() => Int, { nullable: true })
  rowsReturned: number | null;

  @Field()
  outcome: string;
}

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { defaultValue: 100 })
  @Min(1)
  @Max(1000)
  limit: number;
}

@Resolver()
export class AuditLogResolver {
  @Authorized(rolesFor('Query.auditLog'))
  @Query(() => [AuditLogEntry], { description: 'The latest audited requests, newest first (analysts only).' })
  auditLog(@Ctx() context: RequestContext, @Args(() => AuditLogArgs) { limit }: AuditLogArgs): Promise<AuditLogEntry[]> {
    return context.dataSource.query(
      `SELECT id::text, at, subject, role, operation, arguments, rows_returned AS "rowsReturned", outcome FROM audit_log ORDER BY id DESC LIMIT $1`,
      [limit],
    );
  }
}
