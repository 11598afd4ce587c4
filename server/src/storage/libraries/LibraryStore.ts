import type { Library, LibraryFile, LibraryMeasure, LibraryMeasureFilter } from '@pactboard/shared'
import type { MaybePromise } from '../storeShapes.ts'

/**
 * A workspace's measure libraries (docs/workspaces.md, "Measure libraries", [W15]–[W19]):
 * `libraries` and `library_measures` are the workspace's tables, as `candidates` is. Importing
 * makes each measure a candidate whose words are the library measure's: no workshop's row, so
 * deleting a workshop ([G1]) never takes them. Every method takes the workspace, so a library of
 * another workspace is none ([W18]).
 */

export interface ImportedLibrary {
  library: Library
  /** False when the workspace had this very file already: nothing was made. */
  created: boolean
  /** The candidates its measures became, in the file's order. */
  candidateIds: string[]
}

export class LibraryNotFoundError extends Error {
  override name = 'LibraryNotFoundError'
}

export interface LibraryStore {
  /**
   * [W17] Keeps the library and makes each of its measures a `proposed` candidate, in ONE
   * transaction under the candidate list's lock. The same file (`contentHash`) imported again
   * into the workspace makes nothing and answers what the first import made.
   */
  importLibrary(
    workspaceId: string,
    file: LibraryFile,
    contentHash: string,
    now: string,
  ): MaybePromise<ImportedLibrary>
  /** [W18] The workspace's libraries, the last imported first. */
  listLibraries(workspaceId: string): MaybePromise<Library[]>
  getLibrary(workspaceId: string, id: string): MaybePromise<Library | null>
  /** [W18] A library's measures in the file's order, filtered; LibraryNotFoundError. */
  listLibraryMeasures(
    workspaceId: string,
    libraryId: string,
    filter: LibraryMeasureFilter,
  ): MaybePromise<LibraryMeasure[]>
  getLibraryMeasure(
    workspaceId: string,
    libraryId: string,
    measureId: string,
  ): MaybePromise<LibraryMeasure | null>
  /** [W16] The library measures whose words these candidates of the workspace hold, by candidate. */
  measuresOfCandidates(
    workspaceId: string,
    candidateIds: readonly string[],
  ): MaybePromise<Map<string, LibraryMeasure>>
}
