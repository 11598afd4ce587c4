import type * as Y from 'yjs'
import { newId } from '../domain/ids.ts'
import {
  EMPTY_MODERATION_RECORD,
  type ModerationAction,
  type ModerationEvent,
  type ModerationRecord,
  moderationEventSchema,
  moderationRecordSchema,
} from '../domain/moderation.ts'

/**
 * Moderation in the `ledger` doc, written by the server only (DESIGN §3). Layout (the only place
 * that knows it):
 *   moderation:    Y.Map<measureId, ModerationRecord>   where each card stands
 *   moderationLog: Y.Array<ModerationEvent>             every action, oldest first
 *   settings:      Y.Map { preModeration: boolean }
 *
 * Each helper writes the record and its log entry together; callers wrap them in one
 * transaction (the server's write does), so a reader never sees one without the other.
 */

export interface Moderator {
  by: string
  now?: Date
}

function recordsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('moderation')
}

function logArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>('moderationLog')
}

function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('settings')
}

export function getModerationRecord(doc: Y.Doc, measureId: string): ModerationRecord {
  const parsed = moderationRecordSchema.safeParse(recordsMap(doc).get(measureId))
  return parsed.success ? parsed.data : EMPTY_MODERATION_RECORD
}

/** Every card's record, by measure id (cards nobody moderated are absent). */
export function getModeration(doc: Y.Doc): Map<string, ModerationRecord> {
  const records = new Map<string, ModerationRecord>()
  for (const [id, value] of recordsMap(doc).entries()) {
    const parsed = moderationRecordSchema.safeParse(value)
    if (parsed.success) records.set(id, parsed.data)
  }
  return records
}

export function isPreModerationOn(doc: Y.Doc): boolean {
  return settingsMap(doc).get('preModeration') === true
}

export function listModerationLog(doc: Y.Doc): ModerationEvent[] {
  const events: ModerationEvent[] = []
  for (const value of logArray(doc).toArray()) {
    const parsed = moderationEventSchema.safeParse(value)
    if (parsed.success) events.push(parsed.data)
  }
  return events
}

/** Reports per card since it was last approved, hidden or unhidden (those settle them). */
export function openReports(doc: Y.Doc): Map<string, ModerationEvent[]> {
  const open = new Map<string, ModerationEvent[]>()
  for (const event of listModerationLog(doc)) {
    if (event.measureId === null) continue
    if (event.action === 'report') {
      open.set(event.measureId, [...(open.get(event.measureId) ?? []), event])
    } else {
      open.delete(event.measureId)
    }
  }
  return open
}

/** Calls `onChange` after any moderation change (records, log or the pre-moderation switch). */
export function observeModeration(doc: Y.Doc, onChange: () => void): () => void {
  const records = recordsMap(doc)
  const log = logArray(doc)
  const settings = settingsMap(doc)
  records.observe(onChange)
  log.observe(onChange)
  settings.observe(onChange)
  return () => {
    records.unobserve(onChange)
    log.unobserve(onChange)
    settings.unobserve(onChange)
  }
}

function log(
  doc: Y.Doc,
  action: ModerationAction,
  { by, now = new Date() }: Moderator,
  fields: Partial<Pick<ModerationEvent, 'measureId' | 'intoMeasureId' | 'reason'>> = {},
): ModerationEvent {
  const event = moderationEventSchema.parse({
    id: newId(),
    action,
    measureId: fields.measureId ?? null,
    intoMeasureId: fields.intoMeasureId ?? null,
    reason: fields.reason ?? null,
    by,
    at: now.toISOString(),
  })
  logArray(doc).push([event])
  return event
}

function writeRecord(doc: Y.Doc, measureId: string, patch: Partial<ModerationRecord>): void {
  const next = { ...getModerationRecord(doc, measureId), ...patch }
  recordsMap(doc).set(measureId, moderationRecordSchema.parse(next))
}

/**
 * Turns pre-moderation on or off. Turning it on approves every card already on the board
 * (`existingMeasureIds`): only proposals made from now on wait in the queue.
 */
export function setPreModeration(
  doc: Y.Doc,
  on: boolean,
  existingMeasureIds: readonly string[],
  moderator: Moderator,
): ModerationEvent | null {
  if (isPreModerationOn(doc) === on) return null
  const stamped = { ...moderator, now: moderator.now ?? new Date() }
  const at = stamped.now.toISOString()
  if (on) {
    for (const id of existingMeasureIds) {
      if (!getModerationRecord(doc, id).approved) {
        writeRecord(doc, id, { approved: { by: moderator.by, at } })
      }
    }
  }
  settingsMap(doc).set('preModeration', on)
  return log(doc, on ? 'pre_moderation_on' : 'pre_moderation_off', stamped)
}

export function approveMeasure(
  doc: Y.Doc,
  measureId: string,
  moderator: Moderator,
): ModerationEvent {
  const stamped = { ...moderator, now: moderator.now ?? new Date() }
  const at = stamped.now.toISOString()
  writeRecord(doc, measureId, { approved: { by: moderator.by, at } })
  return log(doc, 'approve', stamped, { measureId })
}

export function hideMeasure(
  doc: Y.Doc,
  measureId: string,
  reason: string,
  moderator: Moderator,
): ModerationEvent {
  const stamped = { ...moderator, now: moderator.now ?? new Date() }
  const at = stamped.now.toISOString()
  writeRecord(doc, measureId, { hidden: { reason, byParticipantId: moderator.by, at } })
  return log(doc, 'hide', stamped, { measureId, reason })
}

/** Shows a hidden card again; it counts as approved, so it does not fall back into the queue. */
export function unhideMeasure(
  doc: Y.Doc,
  measureId: string,
  moderator: Moderator,
): ModerationEvent {
  const stamped = { ...moderator, now: moderator.now ?? new Date() }
  const at = stamped.now.toISOString()
  const approved = getModerationRecord(doc, measureId).approved ?? { by: moderator.by, at }
  writeRecord(doc, measureId, { hidden: null, approved })
  return log(doc, 'unhide', stamped, { measureId })
}

/**
 * Merges `measureId` into `intoMeasureId`: the merged card points to the survivor (the ledger's
 * part of a merge; the server moves the dots in its store, and comments and reactions in the
 * board, see `moveDiscussion`).
 */
export function mergeMeasure(
  doc: Y.Doc,
  measureId: string,
  intoMeasureId: string,
  moderator: Moderator,
): ModerationEvent {
  if (measureId === intoMeasureId) throw new Error('A card cannot be merged into itself')
  const stamped = { ...moderator, now: moderator.now ?? new Date() }
  const at = stamped.now.toISOString()
  writeRecord(doc, measureId, { mergedInto: { into: intoMeasureId, by: moderator.by, at } })
  return log(doc, 'merge', stamped, { measureId, intoMeasureId })
}

export function reportMeasure(
  doc: Y.Doc,
  measureId: string,
  reason: string,
  reporter: Moderator,
): ModerationEvent {
  return log(doc, 'report', reporter, { measureId, reason })
}

/** Writes moderation back as exported (an import): records, log and switch, as they were. */
export function restoreModeration(
  doc: Y.Doc,
  state: {
    preModeration: boolean
    records: Readonly<Record<string, ModerationRecord>>
    log: readonly ModerationEvent[]
  },
): void {
  for (const [id, record] of Object.entries(state.records)) {
    recordsMap(doc).set(id, moderationRecordSchema.parse(record))
  }
  logArray(doc).push(state.log.map((event) => moderationEventSchema.parse(event)))
  settingsMap(doc).set('preModeration', state.preModeration)
}

/** Follows merges to the card that survives (a merged card's survivor may be merged later). */
export function survivorOf(records: ReadonlyMap<string, ModerationRecord>, id: string): string {
  const seen = new Set<string>()
  let current = id
  for (;;) {
    const next = records.get(current)?.mergedInto?.into
    if (!next || seen.has(next)) return current
    seen.add(current)
    current = next
  }
}

/**
 * [G2] Removes the words of every report `participantId` made: the report stays in the log (the
 * card was reported), their reason goes. Returns how many were cleared.
 */
export function clearReportReasonsBy(doc: Y.Doc, participantId: string): number {
  const events = logArray(doc)
  let cleared = 0
  doc.transact(() => {
    for (let i = 0; i < events.length; i++) {
      const parsed = moderationEventSchema.safeParse(events.get(i))
      if (!parsed.success) continue
      const event = parsed.data
      if (event.action !== 'report' || event.by !== participantId || event.reason === null) continue
      events.delete(i, 1)
      events.insert(i, [{ ...event, reason: null }])
      cleared++
    }
  })
  return cleared
}
