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
import { request, workshopPath } from './http.ts'

/** The plan's HTTP API (named versions, commitments, exports) as typed functions. */

function plan(api: ApiCaller, rest = ''): string {
  return workshopPath(api, `/plan/versions${rest}`)
}

export function listVersions(api: ApiCaller): Promise<ListVersionsResponse> {
  return request(plan(api), { method: 'GET', token: api.token })
}

export function saveVersion(api: ApiCaller, name: string): Promise<SaveVersionResponse> {
  return request(plan(api), { method: 'POST', token: api.token, body: JSON.stringify({ name }) })
}

export function fetchVersion(api: ApiCaller, versionId: string): Promise<VersionContentResponse> {
  return request(plan(api, `/${encodeURIComponent(versionId)}`), {
    method: 'GET',
    token: api.token,
  })
}

export function restoreVersion(api: ApiCaller, versionId: string): Promise<RestoreVersionResponse> {
  return request(plan(api, `/${encodeURIComponent(versionId)}/restore`), {
    method: 'POST',
    token: api.token,
  })
}

function commitments(api: ApiCaller, rest = ''): string {
  return workshopPath(api, `/commitments${rest}`)
}

export function signCommitment(
  api: ApiCaller,
  input: CommitmentInput,
): Promise<CommitmentResponse> {
  return request(commitments(api), {
    method: 'POST',
    token: api.token,
    body: JSON.stringify(input),
  })
}

export function withdrawCommitment(api: ApiCaller, commitmentId: string): Promise<unknown> {
  return request(commitments(api, `/${encodeURIComponent(commitmentId)}`), {
    method: 'DELETE',
    token: api.token,
  })
}

export type { DownloadedFile } from './download.ts'

/** The plan export as a file in `language`: the server names it in Content-Disposition. */
export async function fetchExport(
  api: ApiCaller,
  format: ExportFormat,
  language: Language,
  privacy: ExportPrivacy = 'default',
): Promise<DownloadedFile> {
  const path = workshopPath(api, `/export?format=${format}&lang=${language}&privacy=${privacy}`)
  return downloadFile(path, api.token, `plan.${format}`)
}

/** The commitments register on its own, as CSV or XLSX in `language`. */
export function fetchCommitmentRegister(
  api: ApiCaller,
  format: 'csv' | 'xlsx',
  language: Language,
): Promise<DownloadedFile> {
  const path = workshopPath(api, `/commitments/export?format=${format}&lang=${language}`)
  return downloadFile(path, api.token, `commitments.${format}`)
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
