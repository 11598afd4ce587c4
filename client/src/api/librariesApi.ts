import type {
  CopyLibraryMeasureResponse,
  ImportLibraryResponse,
  LibraryMeasureFilter,
  LibraryMeasuresResponse,
  ListLibrariesResponse,
} from '@pactboard/shared'
import { type DownloadedFile, downloadPostedFile } from './download.ts'
import { request } from './http.ts'

/**
 * Measure libraries (docs/workspaces.md, "Measure libraries"), for a workspace's staff: the calls
 * go with the session cookie, as candidatesApi.ts's do, every change with a JSON body.
 */

const libraryPath = (id: string, rest = '') =>
  `/api/workspace/libraries/${encodeURIComponent(id)}${rest}`

/** [W16] The chosen candidates as a library file, named by the server. */
export function exportLibrary(candidateIds: readonly string[]): Promise<DownloadedFile> {
  return downloadPostedFile(
    '/api/workspace/library/export',
    { candidateIds },
    'measure-library.json',
  )
}

/** [W17] A library file's text, sent as it was read: the server judges all of it. */
export function importLibrary(fileText: string): Promise<ImportLibraryResponse> {
  return request('/api/workspace/libraries', { method: 'POST', body: fileText })
}

export function listLibraries(): Promise<ListLibrariesResponse> {
  return request('/api/workspace/libraries', { method: 'GET' })
}

export function listLibraryMeasures(
  id: string,
  filter: LibraryMeasureFilter,
): Promise<LibraryMeasuresResponse> {
  const query = new URLSearchParams()
  if (filter.field) query.set('field', filter.field)
  if (filter.sector) query.set('sector', filter.sector)
  const search = query.toString() ? `?${query}` : ''
  return request(libraryPath(id, `/measures${search}`), { method: 'GET' })
}

/** [W19] Puts a copy of the measure on the workshop's board. */
export function copyLibraryMeasure(
  libraryId: string,
  measureId: string,
  workshopId: string,
): Promise<CopyLibraryMeasureResponse> {
  return request(libraryPath(libraryId, `/measures/${encodeURIComponent(measureId)}/copy`), {
    method: 'POST',
    body: JSON.stringify({ workshopId }),
  })
}
