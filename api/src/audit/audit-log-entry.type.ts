import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AuditedField as AuditedFieldShape } from './audit-entry';

@ObjectType({ description: 'One root field of an audited request as it ran (a download is one field, e.g. "download figures.csv").' })
export class AuditedField implements AuditedFieldShape {
  @Field({ description: 'The field that ran, e.g. "figures".' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Its alias in the document, if it had one.' })
  alias: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Its arguments as executed: variables, fragments and defaults applied, long texts replaced by their length.' })
  arguments: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: 'Figure rows it sent; null when a download failed before any were counted.' })
  rowsReturned: number | null;

  @Field({ description: 'How it ended: "ok", or "error: " and the error codes.' })
  outcome: string;
}

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

  @Field({ description: 'e.g. "query NamedOp figures,measures": the operation type, its name and the root fields that ran.' })
  operation: string;

  @Field(() => GraphQLJSONObject, {
    description: "By root field (its alias, else its name), the arguments as executed, long texts replaced by their length; a download's checked arguments. Entries written before fields were recorded hold the request's variables.",
  })
  arguments: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: 'Figure rows sent, all fields together.' })
  rowsReturned: number | null;

  @Field()
  outcome: string;

  @Field(() => [AuditedField], { description: 'Each root field that ran, in order. Empty for entries written before fields were recorded.' })
  fields: AuditedField[];

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the GraphQL document as received: equal hashes, the same document. Null for downloads.' })
  documentHash: string | null;
}
