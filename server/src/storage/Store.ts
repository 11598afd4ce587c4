import type {
  DocName,
  DotCountRefusal,
  InviteInfo,
  Vote,
  VotingSettings,
  Workshop,
} from '@pactboard/shared'
import type { AccountStore } from './accounts/AccountStore.ts'
import type { CandidateStore } from './candidates/CandidateStore.ts'
import type { LibraryStore } from './libraries/LibraryStore.ts'
import type { OrganisationStore } from './organisations/OrganisationStore.ts'
import type { PublicationStore } from './publications/PublicationStore.ts'
import type { MaybePromise, StoredWorkshop } from './storeShapes.ts'

/**
 * What the server keeps: workshops and, per workshop and doc, an append-only log of Yjs updates
 * folded now and then into a snapshot. SQLite implements it synchronously (that is what makes
 * write-before-relay cheap); a networked store may return promises, so callers accept both.
 */

export type { MaybePromise, StoredWorkshop }

export interface DocKey {
  workshopId: string
  doc: DocName
}

export function docKeyString(key: DocKey): string {
  return `${key.workshopId}/${key.doc}`
}

export interface StoredDoc {
  /** Snapshot first (if any), then every update appended after it, in order. */
  updates: Uint8Array[]
  /** The highest seq those updates cover; 0 for a doc never written. */
  lastSeq: number
  /** How many updates were read beyond the snapshot: a hint for compaction. */
  updatesSinceSnapshot: number
}

/** A named version of a doc (DESIGN §5): the doc's whole state when it was saved. */
export interface StoredVersion {
  id: string
  name: string
  authorId: string
  /** As the ledger knew the author when saving; kept so the list reads without the ledger. */
  authorName: string
  createdAt: string
  /** `Y.encodeStateAsUpdate` of the doc. */
  snapshot: Uint8Array
}

export type VersionInfo = Omit<StoredVersion, 'snapshot'>

/** An invite link's record (never its token): listed to facilitators, revocable. */
export interface StoredInvite extends InviteInfo {
  workshopId: string
}

/** One dot cast (+1) or taken back (-1) by one voter on one measure. */
export interface DotChange {
  participantId: string
  measureId: string
  delta: 1 | -1
}

export type DotLimits = Pick<VotingSettings, 'budgetPerParticipant' | 'maxPerMeasure'>

/**
 * What a dot change did: the voter's dots on the measure and in all afterwards, or, when refused,
 * as they stand (nothing was written).
 */
export interface DotChangeResult {
  refusal: DotCountRefusal | null
  onMeasure: number
  spent: number
}

/**
 * Whether a genuine token still stands: its workshop exists and its participant was not removed.
 * A token outlives a deleted workshop; this is what makes it stop working ([G1]).
 */
export type ParticipantStanding = 'active' | 'revoked' | 'no_workshop'

/** [G2] What the store changes when a person is erased (the docs are the rooms' to change). */
export interface StoreErasure {
  workshopId: string
  participantId: string
  /** "Former participant 3" in the workshop's language: versions they saved are signed so. */
  formerName: string
  erasedAt: string
  /** A fresh id their dots move to: counted as before, tied to nobody. */
  anonymousVoterId: string
}

export class JoinCodeTakenError extends Error {
  override name = 'JoinCodeTakenError'
}

export class UnknownWorkshopError extends Error {
  override name = 'UnknownWorkshopError'
}

export interface Store {
  /** Workspaces, staff accounts, sessions (accounts/AccountStore.ts): the same database. */
  readonly accounts: AccountStore
  /** The workspaces' candidate lists (candidates/CandidateStore.ts): the same database. */
  readonly candidates: CandidateStore
  /** [W15]–[W19] The workspaces' measure libraries (libraries/LibraryStore.ts): the same database. */
  readonly libraries: LibraryStore
  /** [W20] The workspaces' directories of organisations (organisations/): the same database. */
  readonly organisations: OrganisationStore
  /** [P28] Whether a workshop's plan has a public page, and what it shows: the same database. */
  readonly publications: PublicationStore
  /**
   * Throws JoinCodeTakenError when another workshop has that code. `workspaceId`: the workspace
   * it belongs to (UnknownWorkspaceError when there is none such); null for one made without an
   * account.
   */
  createWorkshop(
    workshop: Workshop,
    joinCode: string,
    workspaceId?: string | null,
  ): MaybePromise<void>
  getWorkshop(id: string): MaybePromise<StoredWorkshop | null>
  findWorkshopByJoinCode(joinCode: string): MaybePromise<StoredWorkshop | null>
  /**
   * Appends one update and returns its seq. Throws UnknownWorkshopError for a workshop that does
   * not exist: a doc of nobody's workshop never gets storage.
   */
  appendUpdate(key: DocKey, update: Uint8Array): MaybePromise<number>
  loadDoc(key: DocKey): MaybePromise<StoredDoc>
  /**
   * Replaces the snapshot and every update with seq <= upToSeq by `snapshot`, atomically. `false`
   * when it left everything as it was because another process is compacting the same doc.
   */
  compact(key: DocKey, snapshot: Uint8Array, upToSeq: number): MaybePromise<boolean>
  /**
   * [G2] Leaves nothing that compaction deleted readable in the store's own files, after an
   * erasure's compactions (routine compactions do not ask). SQLite copies its WAL into the
   * database file, where secure_delete zeroed what went, and empties it; PostgreSQL's dead rows
   * are VACUUM's, an operator's task (docs/privacy.md).
   */
  forgetDeleted(): MaybePromise<void>
  /** Rows kept for a doc, for tests and metrics: updates in the log, and whether a snapshot exists. */
  docStats(key: DocKey): MaybePromise<{ updates: number; hasSnapshot: boolean }>
  /** Keeps a named version; throws UnknownWorkshopError like appendUpdate. Never overwrites. */
  saveVersion(key: DocKey, version: StoredVersion): MaybePromise<void>
  /** The doc's versions without their snapshots, the newest saved first. */
  listVersions(key: DocKey): MaybePromise<VersionInfo[]>
  /** One version with its snapshot, or null when the doc has none with that id. */
  getVersion(key: DocKey, id: string): MaybePromise<StoredVersion | null>
  /** Opens or closes joining by code; false when there is no such workshop. */
  setJoinLocked(workshopId: string, locked: boolean): MaybePromise<boolean>
  /**
   * Refuses the participant's token from now on (a facilitator removed them). Idempotent; throws
   * UnknownWorkshopError like appendUpdate. The store, not memory, keeps it, so a restarted (or
   * another) server refuses the token too.
   */
  revokeParticipant(
    workshopId: string,
    participantId: string,
    revokedAt: string,
  ): MaybePromise<void>
  isParticipantRevoked(workshopId: string, participantId: string): MaybePromise<boolean>
  /** The invites a facilitator made (a leaked link can be revoked). Ids are unique; throws
   * UnknownWorkshopError like appendUpdate. */
  saveInvite(invite: StoredInvite): MaybePromise<void>
  /** The workshop's invites, the newest created first. */
  listInvites(workshopId: string): MaybePromise<StoredInvite[]>
  getInvite(workshopId: string, inviteId: string): MaybePromise<StoredInvite | null>
  /**
   * Marks the invite revoked at `revokedAt` unless it already was (the first time stands);
   * returns it as it now is, or null when the workshop has no such invite.
   */
  revokeInvite(
    workshopId: string,
    inviteId: string,
    revokedAt: string,
  ): MaybePromise<StoredInvite | null>
  /**
   * [P20] The dots of dot voting are kept here and in no doc, so that no client receives
   * anyone's dots (DESIGN §3). Casts or takes back one dot in ONE transaction: reads the voter's dots, judges them
   * with `dotCountRefusal` (budget, per-measure maximum, nothing to take back) and writes only
   * when it allows. Concurrent changes, from this process or another server on the same store,
   * are judged one after the other: a voter never ends above `limits`, however many casts
   * race. Throws UnknownWorkshopError like appendUpdate.
   */
  changeDot(workshopId: string, change: DotChange, limits: DotLimits): MaybePromise<DotChangeResult>
  /** One voter's dots by measure (measures without a dot are left out). */
  dotsOf(workshopId: string, participantId: string): MaybePromise<Map<string, number>>
  /** Dots per measure, everyone's summed; no names. */
  voteTotals(workshopId: string): MaybePromise<Map<string, number>>
  /** Every voter's dots per measure (the JSON export), ordered by measure, then voter. */
  listVotes(workshopId: string): MaybePromise<Vote[]>
  /**
   * A merge: every dot on `fromMeasureId` moves to `toMeasureId`, added to what the voter has
   * there, in one transaction; returns how many moved. Idempotent: a second call moves nothing
   * more unless new dots arrived. Budgets are untouched (the per-card maximum may be passed).
   */
  moveDots(workshopId: string, fromMeasureId: string, toMeasureId: string): MaybePromise<number>
  /**
   * Sets each vote's count (an import, or dots moved from an old ledger); a count of 0 removes
   * it. One transaction; no rules applied. Throws UnknownWorkshopError like appendUpdate.
   */
  putVotes(workshopId: string, votes: readonly Vote[]): MaybePromise<void>
  /**
   * [G1] Deletes the workshop and every row of it, in every table (WORKSHOP_TABLES), in ONE
   * transaction; false when there was no such workshop. The caller closes its rooms first.
   */
  deleteWorkshop(workshopId: string): MaybePromise<boolean>
  /**
   * [G3] Notes activity in the workshop at `at` (ISO); never moves its last activity backwards.
   * A workshop that was never touched counts as active when it was created.
   */
  touchWorkshop(workshopId: string, at: string): MaybePromise<void>
  /** [G3] Ids of the workshops whose last activity is before `before` (ISO), at most `limit`. */
  listInactiveWorkshops(before: string, limit: number): MaybePromise<string[]>
  /**
   * [G2] The store's part of erasing a person, in ONE transaction: the versions they saved are
   * signed `formerName`, their dots move to `anonymousVoterId`, their token is revoked.
   * Throws UnknownWorkshopError like appendUpdate.
   */
  erasePerson(erasure: StoreErasure): MaybePromise<void>
  participantStanding(workshopId: string, participantId: string): MaybePromise<ParticipantStanding>
  close(): MaybePromise<void>
}

/** What the app is given: the docs' store and the votes' store, one database. */
