import type { AccountLinks } from './auth/accountLinks.ts'
import type { FollowLinks } from './auth/followLinks.ts'
import type { Invites } from './auth/invites.ts'
import type { Sessions } from './auth/sessions.ts'
import type { Tokens } from './auth/tokens.ts'
import type { Config } from './config.ts'
import type { Metrics } from './metrics.ts'
import type { RetentionJob } from './privacy/RetentionJob.ts'
import type { ReadinessCheck } from './readiness.ts'
import type { VoteResults } from './routes/votes/VoteResults.ts'
import type { Store } from './storage/Store.ts'
import type { RoomRegistry } from './sync/RoomRegistry.ts'

/** What the route plugins are given: the app's services, built once in buildApp. */
export interface AppContext {
  config: Config
  store: Store
  tokens: Tokens
  invites: Invites
  /** Staff sessions: the httpOnly cookie and its row (docs/workspaces.md). */
  sessions: Sessions
  /** The administrator's links: set up a workspace, invite staff, recover a password. */
  accountLinks: AccountLinks
  /** [W12] A proposer's own link to what became of their proposals. */
  followLinks: FollowLinks
  registry: RoomRegistry
  metrics: Metrics
  /** What `GET /readyz` asks: the store, and each back end registered after it (Redis). */
  readinessChecks: ReadinessCheck[]
  /** Publishes vote totals into the ledger while the results are revealed. */
  voteResults: VoteResults
  /** [G3] Deletes inactive workshops; null unless RETENTION_DAYS is set. */
  retention: RetentionJob | null
}
