import type * as Y from 'yjs'
import { z } from 'zod'
import { AGENDA_TEMPLATES, defaultAllows, defaultPhaseTitle } from '../domain/agendaTemplates.ts'
import type { WorkshopTemplate } from '../domain/enums.ts'
import { newId } from '../domain/ids.ts'
import {
  type AgendaPhase,
  agendaPhaseSchema,
  BOARD_ACTIONS,
  type FollowTarget,
  type FollowView,
  followTargetSchema,
  NOT_STARTED_ALLOWS,
  type PhaseAllows,
  type PhaseKind,
  type TimerState,
  timerStateSchema,
} from '../domain/phase.ts'
import {
  DEFAULT_VOTING_SETTINGS,
  type VotingSettings,
  votingSettingsSchema,
} from '../domain/voting.ts'
import type { Language } from '../i18n/languages.ts'
import { extendedTimer, idleTimer, pausedTimer, startedTimer } from './timer.ts'

/**
 * The `control` doc: what the facilitator steers (agenda, timer, follow target, board lock).
 *
 * Layout (the only place that knows it):
 *   control: Y.Map { phase: current phase id | null, boardLocked: boolean, timer: TimerState,
 *                    follow: FollowTarget, agendaSeeded: true, voting: VotingSettings,
 *                    resultsRevealed: boolean, silent: SilentMode }
 *   phases:  Y.Map<phaseId, AgendaPhase & { position: number }>   ordered by position
 *
 * Phases are plain values in a map, ordered by a number, so that moving one is one write and
 * two facilitators editing different phases never clash. Everything is validated on read: a
 * malformed entry is left out, never trusted.
 */
export interface ControlState {
  /** Id of the current agenda phase, or null before the workshop starts. */
  phase: string | null
  /** While true, only facilitators and planners write the board. */
  boardLocked: boolean
}

export interface AgendaState {
  phases: AgendaPhase[]
  currentPhaseId: string | null
  /** Null before the facilitator starts the agenda, or when the current phase was removed. */
  currentPhase: AgendaPhase | null
  timer: TimerState
  follow: FollowTarget | null
  boardLocked: boolean
}

const storedPhaseSchema = agendaPhaseSchema.extend({ position: z.number() })
type StoredPhase = z.infer<typeof storedPhaseSchema>

function controlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('control')
}

function phasesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('phases')
}

export function getControlState(doc: Y.Doc): ControlState {
  const map = controlMap(doc)
  const phase = map.get('phase')
  return {
    phase: typeof phase === 'string' ? phase : null,
    boardLocked: map.get('boardLocked') === true,
  }
}

export function setPhase(doc: Y.Doc, phase: string | null): void {
  controlMap(doc).set('phase', phase)
}

export function setBoardLocked(doc: Y.Doc, locked: boolean): void {
  controlMap(doc).set('boardLocked', locked)
}

export function observeControl(doc: Y.Doc, onChange: (state: ControlState) => void): () => void {
  const map = controlMap(doc)
  const handler = () => onChange(getControlState(doc))
  map.observe(handler)
  return () => map.unobserve(handler)
}

function storedPhases(doc: Y.Doc): StoredPhase[] {
  const phases: StoredPhase[] = []
  for (const value of phasesMap(doc).values()) {
    const parsed = storedPhaseSchema.safeParse(value)
    if (parsed.success) phases.push(parsed.data)
  }
  return phases.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
}

function withoutPosition({ position: _position, ...phase }: StoredPhase): AgendaPhase {
  return phase
}

export function listPhases(doc: Y.Doc): AgendaPhase[] {
  return storedPhases(doc).map(withoutPosition)
}

export function getTimer(doc: Y.Doc): TimerState {
  const parsed = timerStateSchema.safeParse(controlMap(doc).get('timer'))
  return parsed.success ? parsed.data : idleTimer(0)
}

export function getAgendaState(doc: Y.Doc): AgendaState {
  const phases = listPhases(doc)
  const { phase: currentPhaseId, boardLocked } = getControlState(doc)
  const follow = followTargetSchema.safeParse(controlMap(doc).get('follow'))
  return {
    phases,
    currentPhaseId,
    currentPhase: phases.find((p) => p.id === currentPhaseId) ?? null,
    timer: getTimer(doc),
    follow: follow.success ? follow.data : null,
    boardLocked,
  }
}

/** Calls `onChange` on any change to the agenda, the timer, the follow target or the lock. */
export function observeAgenda(doc: Y.Doc, onChange: () => void): () => void {
  const maps = [controlMap(doc), phasesMap(doc)]
  for (const map of maps) map.observe(onChange)
  return () => {
    for (const map of maps) map.unobserve(onChange)
  }
}

/**
 * What participants and companies may do now. Before the agenda starts the board is open
 * (NOT_STARTED_ALLOWS); a board lock closes every board action whatever the phase says.
 */
export function allowsOf(state: Pick<AgendaState, 'currentPhase' | 'boardLocked'>): PhaseAllows {
  const allows = { ...(state.currentPhase?.allows ?? NOT_STARTED_ALLOWS) }
  if (state.boardLocked) for (const action of BOARD_ACTIONS) allows[action] = false
  return allows
}

export function currentAllows(doc: Y.Doc): PhaseAllows {
  return allowsOf(getAgendaState(doc))
}

/** Writes the template's agenda in the workshop's language, once: false if already seeded. */
export function seedAgenda(doc: Y.Doc, template: WorkshopTemplate, language: Language): boolean {
  const map = controlMap(doc)
  if (map.get('agendaSeeded') === true) return false
  doc.transact(() => {
    AGENDA_TEMPLATES[template].forEach(({ kind, durationMin }, position) => {
      writePhase(doc, {
        id: newId(),
        kind,
        title: defaultPhaseTitle(kind, language),
        durationMin,
        skipped: false,
        allows: defaultAllows(kind),
        position,
      })
    })
    map.set('agendaSeeded', true)
  })
  return true
}

export function isAgendaSeeded(doc: Y.Doc): boolean {
  return controlMap(doc).get('agendaSeeded') === true
}

function writePhase(doc: Y.Doc, phase: StoredPhase): void {
  phasesMap(doc).set(phase.id, storedPhaseSchema.parse(phase))
}

function findStored(doc: Y.Doc, phaseId: string): StoredPhase {
  const phase = storedPhases(doc).find((p) => p.id === phaseId)
  if (!phase) throw new Error(`No phase ${phaseId}`)
  return phase
}

/** Moves the workshop to `phaseId` (null: back to "not started"); the timer resets to it. */
export function setCurrentPhase(doc: Y.Doc, phaseId: string | null): void {
  const durationMin = phaseId === null ? 0 : findStored(doc, phaseId).durationMin
  doc.transact(() => {
    controlMap(doc).set('phase', phaseId)
    controlMap(doc).set('timer', idleTimer(durationMin * 60_000))
  })
}

/** The next phase that is not skipped, or null at the end; the first one before the start. */
export function nextPhaseId(state: Pick<AgendaState, 'phases' | 'currentPhaseId'>): string | null {
  const index = state.phases.findIndex((p) => p.id === state.currentPhaseId)
  return state.phases.slice(index + 1).find((p) => !p.skipped)?.id ?? null
}

export function previousPhaseId(
  state: Pick<AgendaState, 'phases' | 'currentPhaseId'>,
): string | null {
  const index = state.phases.findIndex((p) => p.id === state.currentPhaseId)
  if (index <= 0) return null
  return (
    state.phases
      .slice(0, index)
      .reverse()
      .find((p) => !p.skipped)?.id ?? null
  )
}

export type PhasePatch = Partial<Pick<AgendaPhase, 'title' | 'durationMin' | 'allows' | 'kind'>>

export function editPhase(doc: Y.Doc, phaseId: string, patch: PhasePatch): void {
  const phase = { ...findStored(doc, phaseId), ...patch }
  doc.transact(() => {
    writePhase(doc, phase)
    // A timer that has not started follows the new duration; a running one keeps counting.
    if (getControlState(doc).phase === phaseId && getTimer(doc).state === 'idle') {
      controlMap(doc).set('timer', idleTimer(phase.durationMin * 60_000))
    }
  })
}

/** Swaps the phase with its neighbour above (-1) or below (+1); at either end, nothing. */
export function movePhase(doc: Y.Doc, phaseId: string, delta: -1 | 1): void {
  const phases = storedPhases(doc)
  const index = phases.findIndex((p) => p.id === phaseId)
  const phase = phases[index]
  const neighbour = phases[index + delta]
  if (!phase || !neighbour) return
  doc.transact(() => {
    writePhase(doc, { ...phase, position: neighbour.position })
    writePhase(doc, { ...neighbour, position: phase.position })
  })
}

export interface NewPhase {
  title: string
  durationMin: number
  kind?: PhaseKind
}

/** Adds a phase after `afterId` (or at the end), with the kind's default permissions. */
export function addPhase(doc: Y.Doc, input: NewPhase, afterId?: string): AgendaPhase {
  const phases = storedPhases(doc)
  const index = afterId === undefined ? -1 : phases.findIndex((p) => p.id === afterId)
  const last = phases.at(-1)
  let position = last ? last.position + 1 : 0
  const before = phases[index]
  if (before) {
    const after = phases[index + 1]
    position = after ? (before.position + after.position) / 2 : before.position + 1
  }
  const kind = input.kind ?? 'custom'
  const phase: StoredPhase = {
    id: newId(),
    kind,
    title: input.title,
    durationMin: input.durationMin,
    skipped: false,
    allows: defaultAllows(kind),
    position,
  }
  writePhase(doc, phase)
  return withoutPosition(phase)
}

export function skipPhase(doc: Y.Doc, phaseId: string, skipped = true): void {
  writePhase(doc, { ...findStored(doc, phaseId), skipped })
}

function writeTimer(doc: Y.Doc, change: (timer: TimerState) => TimerState): void {
  controlMap(doc).set('timer', timerStateSchema.parse(change(getTimer(doc))))
}

export function startTimer(doc: Y.Doc, serverNowMs: number): void {
  writeTimer(doc, (timer) => startedTimer(timer, serverNowMs))
}

export function pauseTimer(doc: Y.Doc, serverNowMs: number): void {
  writeTimer(doc, (timer) => pausedTimer(timer, serverNowMs))
}

export function addTime(doc: Y.Doc, ms: number, serverNowMs: number): void {
  writeTimer(doc, (timer) => extendedTimer(timer, ms, serverNowMs))
}

/** Back to the current phase's full duration, stopped. */
export function resetTimer(doc: Y.Doc): void {
  const { currentPhase } = getAgendaState(doc)
  controlMap(doc).set('timer', idleTimer((currentPhase?.durationMin ?? 0) * 60_000))
}

export interface FollowRequest {
  view: FollowView
  measureId?: string
}

/** "Bring everyone here": a new sequence number, so the same place can be asked for again. */
export function bringEveryoneHere(doc: Y.Doc, target: FollowRequest): FollowTarget {
  const previous = getAgendaState(doc).follow?.sequence ?? 0
  const follow = followTargetSchema.parse({ ...target, sequence: previous + 1 })
  controlMap(doc).set('follow', follow)
  return follow
}

/** The dot-voting rules; the server reads them here when a vote is cast ([P20]). */
export function getVotingSettings(doc: Y.Doc): VotingSettings {
  const parsed = votingSettingsSchema.safeParse(controlMap(doc).get('voting'))
  return parsed.success ? parsed.data : DEFAULT_VOTING_SETTINGS
}

export function setVotingSettings(doc: Y.Doc, patch: Partial<VotingSettings>): VotingSettings {
  const next = votingSettingsSchema.parse({ ...getVotingSettings(doc), ...patch })
  controlMap(doc).set('voting', next)
  return next
}

/**
 * Keys of the control map only the server writes, though the facilitator writes the rest of the
 * doc: the reveal decides when the server publishes vote totals into the ledger, so it goes
 * through `PUT /api/workshops/:id/votes/reveal`. The sync core refuses client updates to them.
 */
export const SERVER_ONLY_CONTROL_KEYS = ['resultsRevealed'] as const
export type ServerOnlyControlKey = (typeof SERVER_ONLY_CONTROL_KEYS)[number]

/**
 * Whether the facilitator shows the results. While false no client receives any tally: the
 * ledger holds totals only while this is true (the server writes both).
 */
export function areResultsRevealed(doc: Y.Doc): boolean {
  return controlMap(doc).get('resultsRevealed') === true
}

/** The server's write (the reveal route); a client's write of this key is refused. */
export function setResultsRevealed(doc: Y.Doc, revealed: boolean): void {
  controlMap(doc).set('resultsRevealed', revealed)
}

/**
 * Silent mode: while on, participants see the cards that were on the board when it began
 * (`shownIds`) and their own; everything else appears when the facilitator reveals. The ids are
 * taken when it begins, so nobody's clock decides what counts as new.
 */
export interface SilentMode {
  on: boolean
  shownIds: readonly string[]
}

const silentModeSchema = z.object({ on: z.boolean(), shownIds: z.array(z.string()) })

export function getSilentMode(doc: Y.Doc): SilentMode {
  const parsed = silentModeSchema.safeParse(controlMap(doc).get('silent'))
  return parsed.success ? parsed.data : { on: false, shownIds: [] }
}

export function startSilentMode(doc: Y.Doc, measureIdsOnBoard: readonly string[]): void {
  controlMap(doc).set('silent', { on: true, shownIds: [...measureIdsOnBoard] })
}

/** Ends silent mode: every card shows to everyone at once. */
export function revealSilentProposals(doc: Y.Doc): void {
  controlMap(doc).set('silent', { on: false, shownIds: [] })
}
