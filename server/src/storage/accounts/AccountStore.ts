import type { Account, Workspace } from '@pactboard/shared'
import type { MaybePromise, StoredWorkshop } from '../storeShapes.ts'

/**
 * Workspaces, their staff's accounts and sessions, and which ledger participant an account is in
 * each workshop (docs/workspaces.md). The same database as the workshops (`Store.accounts`), its
 * own interface and files because the workshop stores are long already.
 */

/** An account as the server keeps it: with its password's argon2id hash (null until set). */
export interface StoredAccount extends Account {
  passwordHash: string | null
  /** When the password was last set (ISO); an admin's link issued before it no longer works. */
  passwordChangedAt: string | null
}

/** A session row: only the SHA-256 of the cookie's secret is kept, never the secret. */
export interface StoredSession {
  idHash: string
  accountId: string
  createdAt: string
  expiresAt: string
  lastUsedAt: string
}

export class EmailTakenError extends Error {
  override name = 'EmailTakenError'
}

export class UnknownWorkspaceError extends Error {
  override name = 'UnknownWorkspaceError'
}

export interface AccountStore {
  /** A workspace and its first account in ONE transaction; EmailTakenError leaves neither. */
  createWorkspace(workspace: Workspace, firstAccount: StoredAccount): MaybePromise<void>
  getWorkspace(id: string): MaybePromise<Workspace | null>
  /** Throws EmailTakenError (emails are unique across workspaces) or UnknownWorkspaceError. */
  createAccount(account: StoredAccount): MaybePromise<void>
  getAccount(id: string): MaybePromise<StoredAccount | null>
  /** `email` normalised (lower case) by the caller. */
  findAccountByEmail(email: string): MaybePromise<StoredAccount | null>
  /** Sets the hash and, in the same transaction, ends every session of the account. */
  setPassword(accountId: string, passwordHash: string, changedAt: string): MaybePromise<boolean>
  createSession(session: StoredSession): MaybePromise<void>
  /**
   * The session's account when the session exists and has not expired at `now`; it then lasts
   * until `extendTo` (sliding). An expired session is deleted. Both ISO.
   */
  useSession(idHash: string, now: string, extendTo: string): MaybePromise<StoredAccount | null>
  deleteSession(idHash: string): MaybePromise<void>
  /** Deletes sessions expired before `now`; how many went. */
  deleteExpiredSessions(now: string): MaybePromise<number>
  /** The workspace's workshops, the newest first. */
  listWorkspaceWorkshops(workspaceId: string): MaybePromise<StoredWorkshop[]>
  /** The workspace a workshop belongs to; null for a workshop made without an account. */
  workshopWorkspace(workshopId: string): MaybePromise<string | null>
  /**
   * The participant the account is in the workshop: `participantId` when it had none yet,
   * otherwise the one it already had (two tabs opening at once end with one participant).
   * Throws UnknownWorkshopError for a workshop that does not exist.
   */
  linkParticipant(
    workshopId: string,
    accountId: string,
    participantId: string,
  ): MaybePromise<{ participantId: string; created: boolean }>
}
