import { ROLES, workshopSchema } from '@pactboard/shared'
import { z } from 'zod'
import type { StoredInvite, StoredWorkshop, VersionInfo } from './Store.ts'

/**
 * Rows as every SQL store reads them, and what they become. Column names are the tables' (the
 * same in SQLite and PostgreSQL); a store converts only what its driver returns differently
 * (settings as text or JSON, join_locked as 0/1 or a boolean) before mapping.
 */

const roleSchema = z.enum(ROLES)

export interface WorkshopRow {
  id: string
  title: string
  city: string
  language: string
  template: string
  /** Parsed JSON. */
  settings: unknown
  join_code: string
  created_at: string
  phase: string | null
  join_locked: boolean
  /** [G3] When someone last did something in it; null until first noted. Not part of Workshop. */
  last_active_at: string | null
}

export function toStoredWorkshop(row: WorkshopRow): StoredWorkshop {
  const workshop = workshopSchema.parse({
    id: row.id,
    title: row.title,
    city: row.city,
    language: row.language,
    template: row.template,
    settings: row.settings,
    createdAt: row.created_at,
    phase: row.phase,
    joinLocked: row.join_locked,
  })
  return { workshop, joinCode: row.join_code }
}

export interface VersionRow {
  id: string
  name: string
  author_id: string
  author_name: string
  created_at: string
}

export function toVersionInfo(row: VersionRow): VersionInfo {
  return {
    id: row.id,
    name: row.name,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
  }
}

export interface InviteRow {
  id: string
  workshop_id: string
  role: string
  created_at: string
  expires_at: string
  created_by: string
  revoked_at: string | null
  /** Null for invites into other roles, and for those from before [P26]. */
  actor_id: string | null
}

export function toStoredInvite(row: InviteRow): StoredInvite {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    role: roleSchema.parse(row.role),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
    actorId: row.actor_id ?? null,
  }
}
