import {
  listAllComments,
  listMeasures,
  MEASURE_FIELD_NAMES,
  type Measure,
  type MeasureFields,
} from '@pactboard/shared'
import type * as Y from 'yjs'

/**
 * What a person wrote on this device that the server never took: their own measures and
 * comments, collected from the local board before it is thrown away and compared by id with
 * the server's copy once a fresh doc has synced. Pure: docs in, plain data out.
 */

export interface LostMeasure {
  id: string
  fields: MeasureFields
}

export interface LostComment {
  id: string
  measureId: string
  /** The card's title as this device last saw it, for "your comment on …". */
  measureTitle: string | null
  text: string
}

export interface OwnWork {
  measures: LostMeasure[]
  comments: LostComment[]
}

function fieldsOf(measure: Measure): MeasureFields {
  const fields: Partial<Record<keyof MeasureFields, unknown>> = {}
  for (const key of MEASURE_FIELD_NAMES) fields[key] = measure[key]
  return fields as MeasureFields
}

/** `participantId`'s measures and (not removed) comments in `board`, as they are now. */
export function collectOwnWork(board: Y.Doc, participantId: string): OwnWork {
  const measures = listMeasures(board)
  const titles = new Map(measures.map((m) => [m.id, m.title]))
  return {
    measures: measures
      .filter((m) => m.proposer.participantId === participantId)
      .map((m) => ({ id: m.id, fields: fieldsOf(m) })),
    comments: listAllComments(board)
      .filter((c) => c.authorParticipantId === participantId && !c.deleted)
      .map((c) => ({
        id: c.id,
        measureId: c.measureId,
        measureTitle: titles.get(c.measureId) ?? null,
        text: c.text,
      })),
  }
}

/** What of `own` the server's board lacks: the entries whose id it does not hold. */
export function lostOwnWork(own: OwnWork, serverBoard: Y.Doc): OwnWork {
  const measureIds = new Set(listMeasures(serverBoard).map((m) => m.id))
  const commentIds = new Set(listAllComments(serverBoard).map((c) => c.id))
  return {
    measures: own.measures.filter((m) => !measureIds.has(m.id)),
    comments: own.comments.filter((c) => !commentIds.has(c.id)),
  }
}
