import { z } from 'zod'

/**
 * The workshop's agenda (DESIGN §3, the `control` doc): phases, what each lets participants do,
 * the phase timer and the "bring everyone here" target. Types and schemas only; the doc layout
 * and its helpers are in docs/control.ts.
 */

export const PHASE_KINDS = [
  'welcome',
  'propose',
  'discuss',
  'vote',
  'results',
  'refine',
  'commit',
  'consolidate',
  'prioritise',
  'draft',
  'custom',
] as const
export type PhaseKind = (typeof PHASE_KINDS)[number]

/** What participants and companies may do in a phase; facilitators and planners always may. */
export const PHASE_ACTIONS = ['propose', 'editOwn', 'comment', 'react', 'vote', 'commit'] as const
export type PhaseAction = (typeof PHASE_ACTIONS)[number]
export type PhaseAllows = Record<PhaseAction, boolean>

export const phaseAllowsSchema = z.object({
  propose: z.boolean(),
  editOwn: z.boolean(),
  comment: z.boolean(),
  react: z.boolean(),
  vote: z.boolean(),
  commit: z.boolean(),
})

/** The actions that are writes to the `board` doc: a phase allowing none of them closes it. */
export const BOARD_ACTIONS = [
  'propose',
  'editOwn',
  'comment',
  'react',
] as const satisfies readonly PhaseAction[]

export function allowsBoardWrite(allows: PhaseAllows): boolean {
  return BOARD_ACTIONS.some((action) => allows[action])
}

export const NO_ALLOWS: PhaseAllows = {
  propose: false,
  editOwn: false,
  comment: false,
  react: false,
  vote: false,
  commit: false,
}

/**
 * Before the facilitator starts the agenda (and in workshops made before agendas existed) the
 * board is open as it always was; voting waits for a vote phase.
 */
export const NOT_STARTED_ALLOWS: PhaseAllows = {
  propose: true,
  editOwn: true,
  comment: true,
  react: true,
  vote: false,
  commit: true,
}

export const MAX_PHASE_DURATION_MIN = 600

export const agendaPhaseSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(PHASE_KINDS),
  title: z.string().trim().min(1).max(80),
  durationMin: z.number().int().min(0).max(MAX_PHASE_DURATION_MIN),
  skipped: z.boolean(),
  allows: phaseAllowsSchema,
})
export type AgendaPhase = z.infer<typeof agendaPhaseSchema>

export const TIMER_STATES = ['idle', 'running', 'paused'] as const
export type TimerRunState = (typeof TIMER_STATES)[number]

/**
 * Server times only (ms since the epoch on the server's clock): every device corrects its own
 * clock against `GET /api/time`, so all screens count down the same second.
 */
export const timerStateSchema = z.object({
  state: z.enum(TIMER_STATES),
  durationMs: z.number().min(0),
  /** When the timer last started or resumed; null unless running. */
  startedAtServerMs: z.number().nullable(),
  /** What was left at `startedAtServerMs` (running) or now (idle, paused). */
  remainingMs: z.number().min(0),
})
export type TimerState = z.infer<typeof timerStateSchema>

export const FOLLOW_VIEWS = ['board', 'plan', 'present', 'measure'] as const
export type FollowView = (typeof FOLLOW_VIEWS)[number]

export const followTargetSchema = z.object({
  view: z.enum(FOLLOW_VIEWS),
  measureId: z.string().min(1).optional(),
  /** Bumped on every "bring everyone here", so the same target can be sent twice. */
  sequence: z.number().int().min(0),
})
export type FollowTarget = z.infer<typeof followTargetSchema>
