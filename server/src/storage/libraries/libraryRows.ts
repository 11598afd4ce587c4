import {
  type Library,
  type LibraryFile,
  type LibraryMeasure,
  type LibraryMeasureFields,
  libraryMeasureSchema,
  libraryOriginSchema,
  libraryYear,
} from '@pactboard/shared'

/** The library tables' rows as both SQL stores read them (JSON already parsed). */

export interface LibraryRow {
  id: string
  workspace_id: string
  content_hash: string
  origin_name: string
  origin_kind: string
  origin_language: string
  exported_at: string
  imported_at: string
  measure_count: number
}

/** A library measure's figures: everything but its words, which have columns of their own. */
export type Figures = Omit<LibraryMeasureFields, 'title' | 'description' | 'fieldOfAction'>

export interface LibraryMeasureRow {
  id: string
  library_id: string
  position: number
  candidate_id: string
  title: string
  description: string
  field_of_action: string
  figures: Figures
}

/** The libraries with their measure counts; add a WHERE and, if need be, an ORDER BY. */
export const LIBRARIES = `SELECT l.*,
  (SELECT count(*) FROM library_measures m WHERE m.library_id = l.id) AS measure_count
  FROM libraries l`

export const LIBRARY_ORDER = 'ORDER BY l.imported_at DESC, l.id'

export function toLibrary(row: LibraryRow): Library {
  return {
    id: row.id,
    origin: libraryOriginSchema.parse({
      name: row.origin_name,
      kind: row.origin_kind,
      language: row.origin_language,
    }),
    exportedAt: row.exported_at,
    year: libraryYear(row.exported_at),
    importedAt: row.imported_at,
    measureCount: Number(row.measure_count),
  }
}

/** Validated as it leaves the store, as candidates are. */
export function libraryMeasureOf(row: LibraryMeasureRow): LibraryMeasure {
  return {
    id: row.id,
    libraryId: row.library_id,
    candidateId: row.candidate_id,
    fields: libraryMeasureSchema.parse({
      title: row.title,
      description: row.description,
      fieldOfAction: row.field_of_action,
      ...row.figures,
    }),
  }
}

/** The columns of a measure of `file`, at `position`, whose candidate is `candidateId`. */
export function measureColumns(
  file: LibraryFile,
  position: number,
  ids: { id: string; libraryId: string; candidateId: string },
) {
  const measure = file.measures[position]
  if (!measure) throw new Error(`No measure at ${position}`)
  const { title, description, fieldOfAction, ...figures } = measure
  return {
    id: ids.id,
    library_id: ids.libraryId,
    position,
    candidate_id: ids.candidateId,
    title,
    description,
    field_of_action: fieldOfAction,
    figures: JSON.stringify(figures),
  }
}
