import {
  type Candidate,
  getMeasure,
  LIBRARY_FORMAT,
  LIBRARY_VERSION,
  type LibraryFile,
  libraryFileSchema,
  type MeasureFields,
  provenanceOf,
  toLibraryMeasure,
  type Workspace,
} from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { WorkshopDeletedError } from '../../sync/RoomRegistry.ts'

/**
 * [W16] The library file of chosen candidates: each candidate's words (its own, as the planners
 * keep them) and the figures of its measure on the board it came from, read through the room
 * registry as workshopMeasures.ts reads them, or of its library measure when it was imported.
 * Nothing else is read, so nothing else can reach the file: no proposer, organisation, dot,
 * reaction or comment ([W15]).
 */

export interface ExportedLibrary {
  file: LibraryFile
  fileName: string
}

const candidateNotFound = () =>
  new ApiError('CANDIDATE_NOT_FOUND', 'No such candidate in your workspace')

/** The candidates asked for, in that order: of the workspace, and none merged away ([W9]). */
function chosen(all: readonly Candidate[], ids: readonly string[]): Candidate[] {
  const byId = new Map(all.map((candidate) => [candidate.id, candidate]))
  return ids.map((id) => {
    const candidate = byId.get(id)
    if (!candidate) throw candidateNotFound()
    if (candidate.state.status === 'merged') {
      throw new ApiError('CANDIDATE_MERGED', 'This candidate was merged: export the one it joined')
    }
    return candidate
  })
}

/**
 * The measures on each board, by workshop and measure id, each board read once. A workshop
 * deleted meanwhile gives none: its candidate goes without figures rather than failing all.
 */
async function boardFigures(
  { registry }: Pick<AppContext, 'registry'>,
  wanted: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, MeasureFields>> {
  const found = new Map<string, MeasureFields>()
  for (const [workshopId, measureIds] of wanted) {
    try {
      await registry.write({ workshopId, doc: 'board' }, (doc) => {
        for (const measureId of measureIds) {
          const measure = getMeasure(doc, measureId)
          if (measure) found.set(`${workshopId}/${measureId}`, measure)
        }
      })
    } catch (error) {
      if (!(error instanceof WorkshopDeletedError)) throw error
    }
  }
  return found
}

/** "Helsingborgs stad measure library 2026-03-10.json" */
function fileNameOf(workspace: Workspace, exportedAt: string): string {
  return `${workspace.name} measure library ${exportedAt.slice(0, 10)}.json`
}

export async function buildLibraryFile(
  context: Pick<AppContext, 'store' | 'registry'>,
  workspace: Workspace,
  candidateIds: readonly string[],
  now: Date,
): Promise<ExportedLibrary> {
  const { candidates, libraries } = context.store
  const all = await candidates.listCandidates(workspace.id)
  const picked = chosen(all, candidateIds)
  const adapted = await libraries.measuresOfCandidates(workspace.id, candidateIds)
  // Where each other candidate's figures are: its earliest source still on a board (a survivor
  // whose own workshop was deleted has those of the candidates merged into it).
  const sourceOf = new Map(
    picked.map((candidate) => [candidate.id, provenanceOf(candidate, all).sources[0]]),
  )
  const wanted = new Map<string, string[]>()
  for (const source of sourceOf.values()) {
    if (!source) continue
    wanted.set(source.workshopId, [...(wanted.get(source.workshopId) ?? []), source.measureId])
  }
  const figures = await boardFigures(context, wanted)
  const exportedAt = now.toISOString()
  const file = libraryFileSchema.parse({
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    origin: { name: workspace.name, kind: workspace.kind, language: workspace.language },
    exportedAt,
    measures: picked.map((candidate) => {
      const source = sourceOf.get(candidate.id)
      const onBoard = source ? figures.get(`${source.workshopId}/${source.measureId}`) : undefined
      return toLibraryMeasure(candidate, adapted.get(candidate.id)?.fields ?? onBoard ?? null)
    }),
  } satisfies LibraryFile)
  return { file, fileName: fileNameOf(workspace, exportedAt) }
}
