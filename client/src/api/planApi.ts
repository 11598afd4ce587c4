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
import { ApiError, NETWORK_ERROR, request } from './http.ts'

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

export interface DownloadedFile {
  blob: Blob
  filename: string
}

function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)
  if (encoded?.[1]) return decodeURIComponent(encoded[1])
  const plain = /filename="?([^";]+)"?/i.exec(disposition)
  return plain?.[1] ?? fallback
}

/** The plan export as a file in `language`: the server names it in Content-Disposition. */
export async function fetchExport(
  workshopId: string,
  token: string,
  format: ExportFormat,
  language: Language,
  privacy: ExportPrivacy = 'default',
): Promise<DownloadedFile> {
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/export?format=${format}&lang=${language}&privacy=${privacy}`
  let response: Response
  try {
    response = await fetch(path, { headers: { authorization: `Bearer ${token}` } })
  } catch (cause) {
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause))
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string }
    } | null
    throw new ApiError(
      response.status,
      body?.error?.code ?? `HTTP_${response.status}`,
      body?.error?.message ?? response.statusText,
    )
  }
  const filename = filenameOf(response.headers.get('content-disposition'), `plan.${format}`)
  return { blob: await response.blob(), filename }
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
