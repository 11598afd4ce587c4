import { z } from 'zod'
import type { PlanFigures } from '../domain/baseline.ts'
import type { Commitment } from '../domain/commitment.ts'

/** Bodies of the plan's HTTP API: named versions, commitments and exports (DESIGN §4, §6). */

export const EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'csv', 'md', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const saveVersionRequestSchema = z.object({ name: z.string().trim().min(1).max(120) })
export type SaveVersionRequest = z.input<typeof saveVersionRequestSchema>

export interface PlanVersion {
  id: string
  name: string
  createdAt: string
  author: { participantId: string; displayName: string }
}

export interface SaveVersionResponse {
  version: PlanVersion
}

export interface ListVersionsResponse {
  /** Newest first. */
  versions: PlanVersion[]
}

/** A ProseMirror document as JSON (`editor.getJSON()`), schema of shared/src/editor. */
export interface ProseMirrorJSON {
  type: string
  attrs?: Record<string, unknown>
  content?: ProseMirrorJSON[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

export interface VersionContentResponse {
  version: PlanVersion
  document: ProseMirrorJSON
  figures: PlanFigures | null
  portfolio: string[]
}

export interface RestoreVersionResponse {
  /** The state just before the restore, kept so nothing newer is lost. */
  backup: PlanVersion
  /** The restored state, saved as a version of its own. */
  restored: PlanVersion
}

export interface CommitmentResponse {
  commitment: Commitment
}
