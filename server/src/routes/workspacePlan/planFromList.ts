import {
  type Actor,
  addToPortfolio,
  type Candidate,
  deleteMeasure,
  emptyMeasureFields,
  getActor,
  getMeasure,
  getPortfolio,
  type Language,
  languagePack,
  listCommitments,
  listMeasures,
  listParticipants,
  type Measure,
  type MeasureFields,
  type MeasureStatus,
  measureFieldsFromLibrary,
  measureFieldsSchema,
  removeFromPortfolio,
  restoreActor,
  restoreMeasure,
  setMeasureStatus,
} from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import { findPlanRoom } from './planRoom.ts'

/**
 * [W26] The plan's portfolio reads from the candidate list. A candidate `in_plan` or `committed`
 * is a measure on the plan room's board (its id the candidate's) and in the plan's portfolio;
 * any other candidate is not in the portfolio, and its measure, if it had one, takes the list's
 * status so that the pathway no longer counts it; a measure whose candidate is gone (deleted with
 * its workshops, [G1]) is deleted from the plan's board. The measure is made once, from its source's
 * card as it is then (every figure a workshop gave it, and the organisations it names); after
 * that it is the planners' to complete in the plan, and only its status follows the list.
 *
 * One function brings the whole plan in step with the whole list, whatever changed (a status, a
 * merge, a signature in a workshop, the plan room just made): nothing depends on which change
 * came first, and running it twice changes nothing.
 */

type StepContext = Pick<AppContext, 'store' | 'registry'>

const IN_PLAN: ReadonlySet<string> = new Set(['in_plan', 'committed'])

export function isInPlan(candidate: Candidate): boolean {
  return IN_PLAN.has(candidate.state.status)
}

/** What a plan measure's status becomes when the list says `candidate`. */
function planStatus(candidate: Candidate): MeasureStatus {
  const { status } = candidate.state
  // Merged away: its survivor stands for it in the plan.
  return status === 'merged' ? 'withdrawn' : status
}

interface SourceCard {
  measure: Measure
  actors: Actor[]
}

/** The first source whose board still has the measure, with the organisations it names. */
async function sourceCard(
  { registry }: StepContext,
  candidate: Candidate,
): Promise<SourceCard | null> {
  for (const { workshopId, measureId } of candidate.sources) {
    const found = await registry.write({ workshopId, doc: 'board' }, (doc) => {
      const measure = getMeasure(doc, measureId)
      if (!measure) return null
      const ids = new Set(measure.responsibleActors.map((r) => r.actorId))
      if (measure.proposer.actorId) ids.add(measure.proposer.actorId)
      const actors = [...ids].flatMap((id) => getActor(doc, id) ?? [])
      return { measure, actors }
    })
    if (found) return found
  }
  return null
}

/**
 * A plan measure for a candidate: its source card's fields; for one adapted from another city's
 * library, the library's figures with their credit ([W17]); else the list's own words.
 */
function planMeasureOf(
  candidate: Candidate,
  source: SourceCard | null,
  adapted: MeasureFields | null,
  authorId: string,
  now: string,
): Measure {
  const fields = source
    ? measureFieldsSchema.parse(source.measure)
    : (adapted ?? {
        ...emptyMeasureFields(),
        title: candidate.title,
        description: candidate.description,
        fieldOfAction: candidate.fieldOfAction,
      })
  return {
    ...fields,
    id: candidate.id,
    status: planStatus(candidate),
    // The plan names no citizen: the staff member whose room it is brought it in, on behalf of
    // the organisation that proposed it, if one did.
    proposer: { participantId: authorId, actorId: source?.measure.proposer.actorId ?? null },
    createdAt: now,
    updatedAt: now,
    hidden: null,
    mergedInto: null,
  }
}

/** The library figures of the candidates adapted from another city's library, with the credit. */
async function adaptedFields(
  { store }: StepContext,
  workspaceId: string,
  language: Language,
  candidates: readonly Candidate[],
): Promise<Map<string, MeasureFields>> {
  const adapted = candidates.filter((c) => c.adaptedFrom !== null)
  if (adapted.length === 0) return new Map()
  const measures = await store.libraries.measuresOfCandidates(
    workspaceId,
    adapted.map((c) => c.id),
  )
  const fields = new Map<string, MeasureFields>()
  for (const candidate of adapted) {
    const measure = measures.get(candidate.id)
    if (!measure || !candidate.adaptedFrom) continue
    const { originName, year } = candidate.adaptedFrom
    const credit = languagePack(language).workshop.adaptedFrom(originName, year)
    fields.set(candidate.id, measureFieldsFromLibrary(measure.fields, credit))
  }
  return fields
}

/** The runs of this process, one after another per workspace. */
const running = new Map<string, Promise<void>>()

/**
 * Runs one after another per workspace, each reading the list only once the one before has
 * written: a run that read the list before a change can never write after the run that read it
 * after the change. (Another instance's run may still interleave; the next change on either
 * brings the plan in step again, as every run reads the whole list.)
 */
export function keepPlanInStep(context: StepContext, workspaceId: string): Promise<void> {
  const before = running.get(workspaceId) ?? Promise.resolve()
  const run = before.catch(() => {}).then(() => stepOnce(context, workspaceId))
  const tail = run.catch(() => {})
  running.set(workspaceId, tail)
  void tail.then(() => {
    if (running.get(workspaceId) === tail) running.delete(workspaceId)
  })
  return run
}

async function stepOnce(context: StepContext, workspaceId: string): Promise<void> {
  const { store, registry } = context
  const room = await findPlanRoom(context, workspaceId)
  if (!room) return
  const workshopId = room.workshop.id
  const list = new Map(
    (await store.candidates.listCandidates(workspaceId)).map((c) => [c.id, c] as const),
  )
  const onBoard = await registry.write(
    { workshopId, doc: 'board' },
    (doc) => new Set(listMeasures(doc).map((m) => m.id)),
  )
  const missing = [...list.values()].filter((c) => isInPlan(c) && !onBoard.has(c.id))
  const sources = new Map<string, SourceCard | null>()
  for (const candidate of missing) sources.set(candidate.id, await sourceCard(context, candidate))
  const adapted = await adaptedFields(context, workspaceId, room.workshop.language, missing)
  const { authorId, signed } = await registry.write({ workshopId, doc: 'ledger' }, (doc) => {
    const staff = listParticipants(doc).find(
      (p) => p.role === 'facilitator' || p.role === 'planner',
    )
    if (!staff) throw new Error(`The plan room ${workshopId} has no staff in its ledger`)
    const standing = listCommitments(doc).filter((c) => c.withdrawn === null)
    return { authorId: staff.id, signed: new Set(standing.map((c) => c.measureId)) }
  })
  const now = new Date().toISOString()

  const stepped = await registry.write({ workshopId, doc: 'board' }, (doc) => {
    const inPlan: string[] = []
    const outOfPlan: string[] = []
    let deleted = 0
    doc.transact(() => {
      for (const candidate of missing) {
        const source = sources.get(candidate.id) ?? null
        for (const actor of source?.actors ?? [])
          if (!getActor(doc, actor.id)) restoreActor(doc, actor)
        if (!getMeasure(doc, candidate.id)) {
          restoreMeasure(
            doc,
            planMeasureOf(candidate, source, adapted.get(candidate.id) ?? null, authorId, now),
          )
        }
      }
      for (const measure of listMeasures(doc)) {
        const candidate = list.get(measure.id)
        if (!candidate) {
          // Gone with the last workshop that spoke for it ([G1]): its words leave the plan too.
          deleteMeasure(doc, measure.id)
          deleted++
          outOfPlan.push(measure.id)
          continue
        }
        // [P24] A signature made in the plan room itself keeps its measure committed.
        const status =
          signed.has(measure.id) && isInPlan(candidate) ? 'committed' : planStatus(candidate)
        if (measure.status !== status) setMeasureStatus(doc, measure.id, status)
        ;(isInPlan(candidate) ? inPlan : outOfPlan).push(measure.id)
      }
    })
    return { inPlan, outOfPlan, deleted }
  })
  // The log of updates still holds a deleted measure's words until the doc is compacted.
  if (stepped.deleted > 0) await registry.compactNow({ workshopId, doc: 'board' })

  await registry.write({ workshopId, doc: 'plan' }, (doc) => {
    const portfolio = new Set(getPortfolio(doc))
    doc.transact(() => {
      for (const id of stepped.outOfPlan) if (portfolio.has(id)) removeFromPortfolio(doc, id)
      for (const id of stepped.inPlan) if (!portfolio.has(id)) addToPortfolio(doc, id)
    })
  })
}
