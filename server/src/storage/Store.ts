import type { DocName, InviteInfo, Workshop } from '@pactboard/shared'

/**
 * What the server keeps: workshops and, per workshop and doc, an append-only log of Yjs updates
 * folded now and then into a snapshot. SQLite implements it synchronously (that is what makes
 * write-before-relay cheap); a networked store may return promises, so callers accept both.
 */

export type MaybePromise<T> = T | Promise<T>

export interface DocKey {
  workshopId: string
  doc: DocName
}

export function docKeyString(key: DocKey): string {
  return `${key.workshopId}/${key.doc}`
}

export interface StoredWorkshop {
  workshop: Workshop
  joinCode: string
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

export class JoinCodeTakenError extends Error {
  override name = 'JoinCodeTakenError'
}

export class UnknownWorkshopError extends Error {
  override name = 'UnknownWorkshopError'
}

export interface Store {
  /** Throws JoinCodeTakenError when another workshop has that code. */
  createWorkshop(workshop: Workshop, joinCode: string): MaybePromise<void>
  getWorkshop(id: string): MaybePromise<StoredWorkshop | null>
  findWorkshopByJoinCode(joinCode: string): MaybePromise<StoredWorkshop | null>
  /**
   * Appends one update and returns its seq. Throws UnknownWorkshopError for a workshop that does
   * not exist: a doc of nobody's workshop never gets storage.
   */
  appendUpdate(key: DocKey, update: Uint8Array): MaybePromise<number>
  loadDoc(key: DocKey): MaybePromise<StoredDoc>
  /** Replaces the snapshot and every update with seq <= upToSeq by `snapshot`, atomically. */
  compact(key: DocKey, snapshot: Uint8Array, upToSeq: number): MaybePromise<void>
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
  close(): MaybePromise<void>
}
