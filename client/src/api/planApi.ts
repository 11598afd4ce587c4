import type {
  CommitmentInput,
  CommitmentResponse,
  ExportFormat,
  ExportPrivacy,
  Language,
  ListVersionsResponse,
  RestoreVersionResponse,
  SaveVersionResponse,
  VersionContentResponse,
} from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { type DownloadedFile, downloadFile } from './download.ts'
import { request } from './http.ts'

/** The plan's HTTP API (named versions, commitments, exports) as typed functions. */

function plan(workshopId: string, rest = ''): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/plan/versions${rest}`
}

export function listVersions(workshopId: string, token: string): Promise<ListVersionsResponse> {
  return request(plan(workshopId), { method: 'GET', token })
}

export function saveVersion(
  workshopId: string,
  token: string,
  name: string,
): Promise<SaveVersionResponse> {
  return request(plan(workshopId), { method: 'POST', token, body: JSON.stringify({ name }) })
}

export function fetchVersion(
  workshopId: string,
  token: string,
  versionId: string,
): Promise<VersionContentResponse> {
  return request(plan(workshopId, `/${encodeURIComponent(versionId)}`), { method: 'GET', token })
}

export function restoreVersion(
  workshopId: string,
  token: string,
  versionId: string,
): Promise<RestoreVersionResponse> {
  return request(plan(workshopId, `/${encodeURIComponent(versionId)}/restore`), {
    method: 'POST',
    token,
  })
}

function commitments(workshopId: string, rest = ''): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/commitments${rest}`
}

export function signCommitment(
  workshopId: string,
  token: string,
  input: CommitmentInput,
): Promise<CommitmentResponse> {
  return request(commitments(workshopId), { method: 'POST', token, body: JSON.stringify(input) })
}

export function withdrawCommitment(
  workshopId: string,
  token: string,
  commitmentId: string,
): Promise<unknown> {
  return request(commitments(workshopId, `/${encodeURIComponent(commitmentId)}`), {
    method: 'DELETE',
    token,
  })
}

export type { DownloadedFile } from './download.ts'

/** The plan export as a file in `language`: the server names it in Content-Disposition. */
export async function fetchExport(
  workshopId: string,
  token: string,
  format: ExportFormat,
  language: Language,
  privacy: ExportPrivacy = 'default',
): Promise<DownloadedFile> {
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}&lang=${language}&privacy=${privacy}`
  return downloadFile(path, token, `plan.${format}`)
}

/** The commitments register on its own, as CSV or XLSX in `language`. */
export function fetchCommitmentRegister(
  caller: ApiCaller,
  format: 'csv' | 'xlsx',
  language: Language,
): Promise<DownloadedFile> {
  const path = `/api/workshops/${encodeURIComponent(caller.workshopId)}/commitments/export?format=${format}&lang=${language}`
  return downloadFile(path, caller.token, `commitments.${format}`)
}

/** Hands a blob to the browser as a download. */
export function saveBlob({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
