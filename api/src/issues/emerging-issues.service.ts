import type { EntityManager } from 'typeorm';
import type { ReferenceCatalogue } from '../reference/reference-catalogue';
import { requireMeasure } from '../measures/measure-catalogue';
import { checkedDate } from '../shared/argument-validation';
import { badUserInput } from '../shared/errors';
import { EmergingIssueUpdate } from './emerging-issue-update.entity';
import { EmergingIssue } from './emerging-issue.entity';
import type { EmergingIssueInput } from './emerging-issue.input';
import type { EmergingIssueStatus } from './emerging-issue-status';

const SHORT_TEXT = 200;
const LONG_TEXT = 5000;
/** The register lists live issues first: escalated, then watching, then closed; newest first within each. */
const STATUS_ORDER: Record<EmergingIssueStatus, number> = { ESCALATED: 0, WATCHING: 1, CLOSED: 2 };

function requireText(argument: string, value: string, max: number): string {
  const text = value.trim();
  if (!text) throw badUserInput(argument, 'must not be empty');
  if (text.length > max) throw badUserInput(argument, `must be at most ${max.toLocaleString('en-GB')} characters; got ${text.length.toLocaleString('en-GB')}`);
  return text;
}

/** An issue id argument: the register's entry, or a refusal naming the argument. */
export async function requireIssue(manager: EntityManager, argument: string, id: string): Promise<EmergingIssue> {
  const issue = /^\d{1,9}$/.test(id)
    ? await manager.getRepository(EmergingIssue).findOne({ where: { id: Number(id) }, relations: { updates: true } })
    : null;
  if (!issue) throw badUserInput(argument, `no emerging issue has id "${id}"`);
  return withUpdatesInOrder(issue);
}

function withUpdatesInOrder(issue: EmergingIssue): EmergingIssue {
  issue.updates = [...(issue.updates ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return issue;
}

export async function listEmergingIssues(manager: EntityManager, status?: EmergingIssueStatus | null): Promise<EmergingIssue[]> {
  const issues = await manager.getRepository(EmergingIssue).find({ where: status ? { status } : {}, relations: { updates: true } });
  return issues
    .map(withUpdatesInOrder)
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.firstRaised.localeCompare(a.firstRaised) || a.id - b.id);
}

/** The input's fields, checked: real date, known measures and strands, text neither empty nor too long. */
function checkedFields(input: EmergingIssueInput, reference: ReferenceCatalogue) {
  const strands = [...reference.strands.keys()];
  const linkedStrands = [...new Set(input.linkedStrands ?? [])];
  const unknown = linkedStrands.find((code) => !reference.strands.has(code));
  if (unknown !== undefined) throw badUserInput('input.linkedStrands', `"${unknown}" is not a known strand; expected one of: ${strands.join(', ')}`);
  return {
    title: requireText('input.title', input.title, SHORT_TEXT),
    description: requireText('input.description', input.description, LONG_TEXT),
    firstRaised: checkedDate('input.firstRaised', input.firstRaised),
    status: input.status,
    linkedMeasures: [...new Set((input.linkedMeasures ?? []).map((id) => requireMeasure('input.linkedMeasures', id).id))],
    linkedStrands,
    source: requireText('input.source', input.source, SHORT_TEXT),
    owner: requireText('input.owner', input.owner, SHORT_TEXT),
  };
}

export async function createEmergingIssue(manager: EntityManager, reference: ReferenceCatalogue, input: EmergingIssueInput, actor: string): Promise<EmergingIssue> {
  const repository = manager.getRepository(EmergingIssue);
  const saved = await repository.save(repository.create({ ...checkedFields(input, reference), updatedBy: actor }));
  return requireIssue(manager, 'id', String(saved.id));
}

export async function updateEmergingIssue(manager: EntityManager, reference: ReferenceCatalogue, id: string, input: EmergingIssueInput, actor: string): Promise<EmergingIssue> {
  const issue = await requireIssue(manager, 'id', id);
  await manager.getRepository(EmergingIssue).update(issue.id, { ...checkedFields(input, reference), updatedBy: actor });
  return requireIssue(manager, 'id', id);
}

export async function addEmergingIssueUpdate(manager: EntityManager, id: string, update: { date: string; text: string }, actor: string): Promise<EmergingIssue> {
  const issue = await requireIssue(manager, 'id', id);
  const date = checkedDate('date', update.date);
  const text = requireText('text', update.text, LONG_TEXT);
  const repository = manager.getRepository(EmergingIssueUpdate);
  await repository.save(repository.create({ issueId: issue.id, date, text, createdBy: actor }));
  return requireIssue(manager, 'id', id);
}
