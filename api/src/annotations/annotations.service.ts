import { Between, LessThanOrEqual, MoreThanOrEqual, type EntityManager, type FindOperator } from 'typeorm';
import { TimelineEvent } from '../reference/timeline-event.entity';
import { checkedDate } from '../shared/argument-validation';
import { badUserInput } from '../shared/errors';
import type { Annotation } from './annotation.type';
import { AnalystNote } from './analyst-note.entity';

export const NOTE_KIND = 'note';
export const NOTE_SOURCE = "Analyst's note";
export const MAX_TITLE_LENGTH = 200;

/** Either end may be absent: from the earliest, to the latest. */
export interface AnnotationRange {
  from?: string | null;
  to?: string | null;
}

function dateCondition({ from, to }: AnnotationRange): FindOperator<string> | undefined {
  const first = from != null ? checkedDate('from', from) : null;
  const last = to != null ? checkedDate('to', to) : null;
  if (first && last && last < first) throw badUserInput('to', `${last} is before from (${first})`);
  if (first && last) return Between(first, last);
  if (first) return MoreThanOrEqual(first);
  if (last) return LessThanOrEqual(last);
  return undefined;
}

const fromTimeline = (event: TimelineEvent): Annotation => ({ id: `timeline:${event.id}`, date: event.date, kind: event.kind, title: event.title, source: event.source });
const fromNote = (note: AnalystNote): Annotation => ({ id: `note:${note.id}`, date: note.date, kind: NOTE_KIND, title: note.title, source: NOTE_SOURCE });

/** Timeline events and analysts' notes dated within the range (inclusive), in date order; on one day, timeline events first. */
export async function listAnnotations(manager: EntityManager, range: AnnotationRange): Promise<Annotation[]> {
  const date = dateCondition(range);
  const where = date ? { date } : {};
  const [events, notes] = await Promise.all([
    manager.getRepository(TimelineEvent).find({ where, order: { date: 'ASC', id: 'ASC' } }),
    manager.getRepository(AnalystNote).find({ where, order: { date: 'ASC', id: 'ASC' } }),
  ]);
  const merged = [...events.map(fromTimeline), ...notes.map(fromNote)];
  // A stable sort keeps timeline events ahead of notes on the same day.
  return merged.sort((a, b) => a.date.localeCompare(b.date));
}

/** A note's date and title, checked: a real date, a title that says something and fits on a chart. */
function checkedNote(input: { date: string; title: string }): { date: string; title: string } {
  const date = checkedDate('date', input.date);
  const title = input.title.trim();
  if (!title) throw badUserInput('title', 'must say what happened; got an empty title');
  if (title.length > MAX_TITLE_LENGTH) throw badUserInput('title', `must be at most ${MAX_TITLE_LENGTH} characters so it fits on a chart; got ${title.length}`);
  return { date, title };
}

export async function addAnnotation(manager: EntityManager, input: { date: string; title: string }, createdBy: string): Promise<Annotation> {
  const note = await manager.getRepository(AnalystNote).save(manager.getRepository(AnalystNote).create({ ...checkedNote(input), createdBy }));
  return fromNote(note);
}

/**
 * The analyst's note an annotation id names. Timeline events come from the partnership's documents
 * (reference data), so they are refused here: only notes are the analysts' own to change.
 */
async function requireNote(manager: EntityManager, id: string): Promise<AnalystNote> {
  if (/^timeline:\d+$/.test(id)) {
    throw badUserInput('id', `${id} is a timeline event from the partnership's documents (reference data), which cannot be changed here; only analysts' notes ("note:<n>") can`);
  }
  const match = /^note:(\d{1,9})$/.exec(id);
  const note = match ? await manager.getRepository(AnalystNote).findOneBy({ id: Number(match[1]) }) : null;
  if (!note) throw badUserInput('id', match ? `no analyst's note has id "${id}"` : `"${id}" is not an analyst's note id; they are written "note:<n>", e.g. "note:3"`);
  return note;
}

/** Replaces a note's date and title; who wrote it first is kept. */
export async function updateAnnotation(manager: EntityManager, id: string, input: { date: string; title: string }): Promise<Annotation> {
  const note = await requireNote(manager, id);
  const checked = checkedNote(input);
  return fromNote(await manager.getRepository(AnalystNote).save({ ...note, ...checked }));
}

/** Deletes a note from every time chart; returns it as it was. */
export async function removeAnnotation(manager: EntityManager, id: string): Promise<Annotation> {
  const note = await requireNote(manager, id);
  await manager.getRepository(AnalystNote).delete(note.id);
  return fromNote(note);
}
