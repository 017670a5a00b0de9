// The API schema's Date scalar under the name the dashboard's date code uses. Enums, inputs and every
// answer's type are generated from schema/schema.graphql into generated/graphql.ts (codegen.ts maps Date to string).

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;
