import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';

/** A placeholder value of any input type: enough to reach the authorization check. */
function placeholder(type: GraphQLInputType): string {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return `[${placeholder(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${placeholder(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return '1';
    if (type.name === 'Boolean') return 'false';
    if (type.name === 'Date') return '"2012-04-01"';
  }
  return '"x"';
}

/** The smallest operation that calls one root field, with every required argument filled in. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${placeholder(a.type)}`).join(', ')})` : '';
  const returns = getNamedType(getNullableType(field.type));
  return `${kind} { ${field.name}${argText}${isObjectType(returns) ? ' { __typename }' : ''} }`;
}

export function rootFields(schema: GraphQLSchema): { name: string; operation: string }[] {
  const fields: { name: string; operation: string }[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      fields.push({ name: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`, operation: operationFor(kind, field) });
    }
  }
  return fields;
}
