/**
 * What the screens need of a measure library (docs/workspaces.md, "Measure libraries", [W15]–[W19])
 * without its schemas, as candidateList.ts is to candidate.ts: the format's name and limits, and
 * how a candidate credits the library it came from.
 */

/** [W15] The file says what it is, and which version of it, before anything else is read. */
export const LIBRARY_FORMAT = 'pactboard-library'
export const LIBRARY_VERSION = 1

/** [W15] A library is a city's shelf of measures, not its history: at most this many. */
export const LIBRARY_MAX_MEASURES = 500

/**
 * [W15] The largest file the import takes (413 beyond): 500 measures at the measure schema's
 * longest words and every figure fit with room to spare.
 */
export const LIBRARY_MAX_BYTES = 5 * 1024 * 1024

/** [W17] Where a candidate's words came from when it was imported: "adapted from Helsingborg, 2026". */
export interface AdaptedFrom {
  libraryId: string
  /** The exporting workspace's name, as the file gives it. */
  originName: string
  /** The year the library was exported. */
  year: number
}
