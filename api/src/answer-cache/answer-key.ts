import crypto from 'node:crypto';
import { parse, print, type OperationTypeNode } from 'graphql';
import type { AuthUser } from '../access/roles';
import { ByteBudgetLru } from './answer-lru';
import { versionLabel, type AnswerVersion } from './answer-version';

/** What a GraphQL request asked, as it came over HTTP. */
export interface AnswerRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

interface ParsedDocument {
  /** SHA-256 of the document as graphql-js prints it: whitespace, commas and comments no longer tell two requests apart. */
  normalised: string;
  operations: Map<string, OperationTypeNode>;
}

/** Parsing is most of a key's cost: documents are few (the dashboard's), so each raw text is parsed once. */
const parsedDocuments = new ByteBudgetLru<ParsedDocument | null>(8 * 1024 * 1024);

function parsedDocument(query: string): ParsedDocument | null {
  const known = parsedDocuments.get(query);
  if (known !== undefined) return known;
  let parsed: ParsedDocument | null = null;
  try {
    const document = parse(query, { noLocation: true });
    const operations = new Map<string, OperationTypeNode>();
    for (const definition of document.definitions) {
      if (definition.kind === 'OperationDefinition') operations.set(definition.name?.value ?? '', definition.operation);
    }
    // Hashed once here, so a hit's key hashes a few short strings, not the whole document again.
    parsed = { normalised: crypto.createHash('sha256').update(print(document)).digest('base64url'), operations };
  } catch {
    parsed = null; // Apollo answers it (a syntax error names the place): never from the cache
  }
  parsedDocuments.set(query, parsed, query.length * 2 + 256);
  return parsed;
}

/** JSON with every object's keys in order: the same variables in another order are the same question. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Whose view an answer is: the role (which decides whether figures come from disclosure releases,
 * with small cells withheld, and what may be asked) and a councillor's wards (their row scope).
 * Never the person: two funders get one answer, as the rules give them the same one.
 */
export function viewerScope(user: AuthUser): string {
  return `${user.role}:${user.role === 'councillor' ? [...user.wards].sort().join(',') : ''}`;
}

export interface AnswerKey {
  key: string;
  /** The operation's own name (what the audit log records), '' when it has none. */
  operationName: string;
}

/**
 * What decides an answer: the answer version (every table an answer can read), today's date (the
 * current year, the last complete quarter), the viewer's scope and the normalised operation with
 * its variables. Undefined when the request is not one query operation (Apollo answers those).
 */
export function answerKey(request: AnswerRequest, user: AuthUser, version: AnswerVersion, today: string): AnswerKey | undefined {
  const document = parsedDocument(request.query);
  if (!document) return undefined;
  const name = request.operationName ?? (document.operations.size === 1 ? [...document.operations.keys()][0] : undefined);
  if (name === undefined || document.operations.get(name) !== 'query') return undefined;
  const parts = [versionLabel(version), today, viewerScope(user), name, document.normalised, canonicalJson(request.variables ?? {})];
  return { key: crypto.createHash('sha256').update(JSON.stringify(parts)).digest('base64url'), operationName: name };
}
