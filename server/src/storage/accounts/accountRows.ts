import { accountSchema, type Workspace, workspaceSchema } from '@pactboard/shared'
import type { StoredAccount } from './AccountStore.ts'

/** The account tables' rows as both SQL stores read them (booleans already converted). */

export interface WorkspaceRow {
  id: string
  name: string
  kind: string
  language: string
  created_at: string
}

export interface AccountRow {
  id: string
  workspace_id: string
  email: string
  display_name: string
  role: string
  is_admin: boolean
  password_hash: string | null
  password_changed_at: string | null
  created_at: string
}

export function toWorkspace(row: WorkspaceRow): Workspace {
  return workspaceSchema.parse({
    id: row.id,
    name: row.name,
    kind: row.kind,
    language: row.language,
    createdAt: row.created_at,
  })
}

export function toStoredAccount(row: AccountRow): StoredAccount {
  const account = accountSchema.parse({
    id: row.id,
    workspaceId: row.workspace_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    isAdmin: row.is_admin,
    createdAt: row.created_at,
  })
  return {
    ...account,
    passwordHash: row.password_hash,
    passwordChangedAt: row.password_changed_at,
  }
}

export function accountParams(account: StoredAccount) {
  return {
    id: account.id,
    workspace_id: account.workspaceId,
    email: account.email,
    display_name: account.displayName,
    role: account.role,
    password_hash: account.passwordHash,
    password_changed_at: account.passwordChangedAt,
    created_at: account.createdAt,
  }
}
