import { z } from 'zod'
import type { Candidate } from '../domain/candidate.ts'
import { EMISSION_SECTORS, FIELDS_OF_ACTION } from '../domain/enums.ts'
import type { Library, LibraryMeasure } from '../domain/library.ts'
import { LIBRARY_MAX_MEASURES } from '../domain/libraryFormat.ts'

/**
 * Measure libraries over HTTP (docs/workspaces.md, "Measure libraries", [W15]–[W19]). As every
 * workspace route, they take the staff session's cookie and no workspace id: a library,
 * candidate or workshop of another workspace is none.
 *
 *   POST /api/workspace/library/export   { candidateIds }     [W16] the file, to download
 *   POST /api/workspace/libraries        LibraryFile          [W17] import: candidates crediting it
 *   GET  /api/workspace/libraries                             [W18] the libraries imported
 *   GET  /api/workspace/libraries/:id/measures?field=&sector= [W18] one library's measures
 *   POST /api/workspace/libraries/:id/measures/:measureId/copy { workshopId }   [W19]
 */

const idSchema = z.string().min(1).max(64)

export const exportLibraryRequestSchema = z.strictObject({
  candidateIds: z
    .array(idSchema)
    .min(1)
    .max(LIBRARY_MAX_MEASURES)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each candidate once' }),
})
export type ExportLibraryRequest = z.infer<typeof exportLibraryRequestSchema>

export interface ImportLibraryResponse {
  library: Library
  /** False when the workspace had imported this very file before: nothing new was made. */
  created: boolean
  /** The candidates its measures became, in the file's order. */
  candidates: Candidate[]
}

export interface ListLibrariesResponse {
  /** The workspace's libraries, the last imported first. */
  libraries: Library[]
}

/** [W18] Which of a library's measures to show: by field of action, by emission sector. */
export const libraryMeasureFilterSchema = z.strictObject({
  field: z.enum(FIELDS_OF_ACTION).optional(),
  sector: z.enum(EMISSION_SECTORS).optional(),
})
export type LibraryMeasureFilter = z.infer<typeof libraryMeasureFilterSchema>

export interface LibraryMeasuresResponse {
  library: Library
  /** In the file's order. */
  measures: LibraryMeasure[]
}

export const copyLibraryMeasureRequestSchema = z.strictObject({ workshopId: idSchema })
export type CopyLibraryMeasureRequest = z.infer<typeof copyLibraryMeasureRequestSchema>

export interface CopyLibraryMeasureResponse {
  workshopId: string
  /** The new measure on the workshop's board. */
  measureId: string
}
