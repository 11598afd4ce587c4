import * as Y from 'yjs'
import {
  type Actor,
  type ActorInput,
  type ActorPatch,
  actorInputSchema,
  actorPatchSchema,
  actorSchema,
} from '../domain/actor.ts'
import type { MeasureStatus, Role } from '../domain/enums.ts'
import { newId } from '../domain/ids.ts'
import {
  MEASURE_FIELD_NAMES,
  type Measure,
  type MeasureFields,
  measureFieldsSchema,
  measureSchema,
  type Proposer,
} from '../domain/measure.ts'
import { canWithdrawMeasure } from '../domain/permissions.ts'

/**
 * The `board` doc: measures and actors.
 *
 * Layout (the only place that knows it):
 *   measures: Y.Map<measureId, Y.Map<fieldName, JSON value>>  one entry per field, so two people
 *             editing different fields of one measure both keep their edit
 *   actors:   Y.Map<actorId, Actor (JSON)>
 *
 * Any client that may write the board can put anything into it, so reads validate and skip what
 * does not parse rather than trusting the doc.
 */

type MeasureEntry = Y.Map<unknown>

function measuresMap(doc: Y.Doc): Y.Map<MeasureEntry> {
  return doc.getMap<MeasureEntry>('measures')
}

function actorsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('actors')
}

export interface NewMeasure {
  fields: MeasureFields
  proposer: Proposer
  id?: string
  now?: Date
}

/** Validates and adds a measure with status `proposed`; throws a ZodError on invalid fields. */
export function addMeasure(doc: Y.Doc, input: NewMeasure): Measure {
  const at = (input.now ?? new Date()).toISOString()
  const measure: Measure = measureSchema.parse({
    ...measureFieldsSchema.parse(input.fields),
    id: input.id ?? newId(),
    status: 'proposed',
    proposer: input.proposer,
    createdAt: at,
    updatedAt: at,
    hidden: null,
    mergedInto: null,
  })
  doc.transact(() => {
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(measure)) entry.set(key, value)
    measuresMap(doc).set(measure.id, entry)
  })
  return measure
}

/**
 * Writes only the fields that changed, so a concurrent edit of another field survives.
 * Throws a ZodError when the result would be invalid, and an Error when the measure is unknown.
 */
export function updateMeasure(
  doc: Y.Doc,
  id: string,
  patch: Partial<MeasureFields>,
  now: Date = new Date(),
): Measure {
  const entry = measuresMap(doc).get(id)
  const current = getMeasure(doc, id)
  if (!entry || !current) throw new Error(`No measure ${id}`)
  const next = measureFieldsSchema.parse({ ...pickFields(current), ...patch })
  doc.transact(() => {
    for (const key of MEASURE_FIELD_NAMES) {
      if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) entry.set(key, next[key])
    }
    entry.set('updatedAt', now.toISOString())
  })
  return { ...current, ...next, updatedAt: now.toISOString() }
}

/** Moves a measure along its life cycle (into the plan, committed, withdrawn, …). */
export function setMeasureStatus(
  doc: Y.Doc,
  id: string,
  status: MeasureStatus,
  now: Date = new Date(),
): void {
  const entry = measuresMap(doc).get(id)
  if (!entry || !getMeasure(doc, id)) throw new Error(`No measure ${id}`)
  doc.transact(() => {
    entry.set('status', status)
    entry.set('updatedAt', now.toISOString())
  })
}

/**
 * [P14] The proposer (or a facilitator or planner) withdraws a measure. It is not deleted: its
 * comments, reactions and history stay, and the board can still show it, greyed. Throws when
 * `by` may not withdraw it or the measure is unknown.
 */
export function withdrawMeasure(
  doc: Y.Doc,
  id: string,
  by: { participantId: string; role: Role },
  now: Date = new Date(),
): void {
  const measure = getMeasure(doc, id)
  if (!measure) throw new Error(`No measure ${id}`)
  if (!canWithdrawMeasure(by.role, by.participantId, measure.proposer.participantId)) {
    throw new Error(`${by.participantId} may not withdraw measure ${id}`)
  }
  if (measure.status !== 'withdrawn') setMeasureStatus(doc, id, 'withdrawn', now)
}

function pickFields(measure: Measure): MeasureFields {
  const fields: Record<string, unknown> = {}
  for (const key of MEASURE_FIELD_NAMES) fields[key] = measure[key]
  return fields as MeasureFields
}

export function getMeasure(doc: Y.Doc, id: string): Measure | null {
  const entry = measuresMap(doc).get(id)
  if (!(entry instanceof Y.Map)) return null
  const parsed = measureSchema.safeParse(entry.toJSON())
  return parsed.success ? parsed.data : null
}

/** Every valid measure, oldest first. */
export function listMeasures(doc: Y.Doc): Measure[] {
  const measures: Measure[] = []
  for (const id of measuresMap(doc).keys()) {
    const measure = getMeasure(doc, id)
    if (measure) measures.push(measure)
  }
  return measures.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

/** Calls `onChange` with the full list after every change; returns the unsubscribe function. */
export function observeMeasures(doc: Y.Doc, onChange: (measures: Measure[]) => void): () => void {
  const map = measuresMap(doc)
  const handler = () => onChange(listMeasures(doc))
  map.observeDeep(handler)
  return () => map.unobserveDeep(handler)
}

export function addActor(doc: Y.Doc, input: ActorInput, now: Date = new Date()): Actor {
  const actor = actorSchema.parse({
    ...actorInputSchema.parse(input),
    id: newId(),
    createdAt: now.toISOString(),
  })
  actorsMap(doc).set(actor.id, actor)
  return actor
}

/** [P25] Changes an organisation's details (the server's write); throws for an unknown one. */
export function updateActor(doc: Y.Doc, id: string, patch: ActorPatch): Actor {
  const current = getActor(doc, id)
  if (!current) throw new Error(`No actor ${id}`)
  const next = actorSchema.parse({ ...current, ...actorPatchSchema.parse(patch) })
  actorsMap(doc).set(id, next)
  return next
}

export function getActor(doc: Y.Doc, id: string): Actor | null {
  const parsed = actorSchema.safeParse(actorsMap(doc).get(id))
  return parsed.success ? parsed.data : null
}

export function listActors(doc: Y.Doc): Actor[] {
  const actors: Actor[] = []
  for (const value of actorsMap(doc).values()) {
    const parsed = actorSchema.safeParse(value)
    if (parsed.success) actors.push(parsed.data)
  }
  return actors.sort((a, b) => a.name.localeCompare(b.name))
}

export function observeActors(doc: Y.Doc, onChange: (actors: Actor[]) => void): () => void {
  const map = actorsMap(doc)
  const handler = () => onChange(listActors(doc))
  map.observe(handler)
  return () => map.unobserve(handler)
}

/**
 * Who proposed each measure, by id, read without parsing the measures: cheap enough to run on
 * every update of a board of thousands (the screen reader's count of new proposals).
 */
export function measureProposers(doc: Y.Doc): Map<string, string> {
  const proposers = new Map<string, string>()
  for (const [id, entry] of measuresMap(doc)) {
    const proposer = entry instanceof Y.Map ? entry.get('proposer') : undefined
    const participantId = (proposer as { participantId?: unknown } | undefined)?.participantId
    if (typeof participantId === 'string') proposers.set(id, participantId)
  }
  return proposers
}

/**
 * Calls `onChange` with the ids of the measures a transaction touched: cheaper than
 * `observeMeasures` when a screen (or a benchmark) re-reads only what changed.
 */
export function observeMeasureIds(doc: Y.Doc, onChange: (ids: string[]) => void): () => void {
  const map = measuresMap(doc)
  const handler = (events: Y.YEvent<Y.Map<unknown>>[]) => {
    const ids = new Set<string>()
    for (const event of events) {
      if (event.target === map) for (const key of event.changes.keys.keys()) ids.add(key)
      else if (typeof event.path[0] === 'string') ids.add(event.path[0])
    }
    onChange([...ids])
  }
  map.observeDeep(handler)
  return () => map.unobserveDeep(handler)
}

/**
 * Writes a whole measure as it was elsewhere (status, proposer, dates, moderation kept): for
 * recreating a workshop from its JSON export. Throws a ZodError on an invalid measure.
 */
export function restoreMeasure(doc: Y.Doc, measure: Measure): void {
  const valid = measureSchema.parse(measure)
  doc.transact(() => {
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(valid)) entry.set(key, value)
    measuresMap(doc).set(valid.id, entry)
  })
}

/**
 * Deletes a measure outright. Only the server does: a workspace plan's measure whose candidate is
 * gone with its workshop ([G1], docs/workspaces.md [W26]); a board's own cards are withdrawn.
 */
export function deleteMeasure(doc: Y.Doc, id: string): void {
  measuresMap(doc).delete(id)
}

/** Writes an actor with its id and date kept (import); throws a ZodError when invalid. */
export function restoreActor(doc: Y.Doc, actor: Actor): void {
  const valid = actorSchema.parse(actor)
  actorsMap(doc).set(valid.id, valid)
}

/**
 * Leaves the responsible person (and their position) out of every actor: [G2] when they are
 * the person being erased (`name`, compared trimmed and case-blind), [G4] for an anonymised
 * export when `name` is null. Returns how many actors changed.
 */
export function clearResponsiblePerson(doc: Y.Doc, name: string | null): number {
  const wanted = name?.trim().toLocaleLowerCase()
  let changed = 0
  doc.transact(() => {
    for (const actor of listActors(doc)) {
      if (actor.responsiblePerson === '') continue
      if (wanted !== undefined && actor.responsiblePerson.trim().toLocaleLowerCase() !== wanted) {
        continue
      }
      actorsMap(doc).set(actor.id, { ...actor, responsiblePerson: '', position: '' })
      changed++
    }
  })
  return changed
}
