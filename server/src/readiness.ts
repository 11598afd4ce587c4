import type { Store } from './storage/Store.ts'

/**
 * What `GET /readyz` asks before it says this instance may take traffic: one named check per
 * back end it depends on (the store; Redis once instances relay through it). A check resolves
 * when its back end answers and throws (or takes longer than READINESS_TIMEOUT_MS) when not.
 */
export interface ReadinessCheck {
  name: string
  check(): Promise<void>
}

export type ReadinessOutcome = 'ok' | 'failed' | 'timeout'

export interface ReadinessReport {
  ready: boolean
  checks: Record<string, ReadinessOutcome>
  /** Why each failed check failed, for the log (never the response: it may name hosts). */
  errors: Record<string, unknown>
}

// Under a load balancer's own timeout (the compose healthcheck gives /readyz 5 s).
export const READINESS_TIMEOUT_MS = 2000

// Workshop ids are nanoids; this one is never made, so the read finds nothing and writes nothing.
const PROBE_WORKSHOP_ID = 'readyz-probe'

/** The store answers a read: the cheapest question every store already takes. */
export function storeReadinessCheck(store: Store): ReadinessCheck {
  return {
    name: 'store',
    check: async () => {
      await store.getWorkshop(PROBE_WORKSHOP_ID)
    },
  }
}

/** Runs every check at once, each bounded by `timeoutMs`. */
export async function checkReadiness(
  checks: readonly ReadinessCheck[],
  timeoutMs = READINESS_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const report: ReadinessReport = { ready: true, checks: {}, errors: {} }
  const outcomes = await Promise.all(
    checks.map(({ name, check }) =>
      withTimeout(
        Promise.resolve().then(() => check()),
        timeoutMs,
      ).catch((error: unknown) => {
        report.errors[name] = error
        return 'failed' as const
      }),
    ),
  )
  checks.forEach(({ name }, i) => {
    const outcome = outcomes[i] ?? 'failed'
    report.checks[name] = outcome
    if (outcome === 'ok') return
    report.ready = false
    if (outcome === 'timeout') report.errors[name] = new Error(`No answer within ${timeoutMs} ms`)
  })
  return report
}

function withTimeout(work: Promise<void>, timeoutMs: number): Promise<'ok' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs)
  })
  return Promise.race([work.then(() => 'ok' as const), timeout]).finally(() => clearTimeout(timer))
}
