import { ApiError, NETWORK_ERROR } from './http.ts'

/** A file the server made, with the name it gave it. */
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

/**
 * GETs a file with the token in a header (a link could not carry it), failing with the API's
 * error like every other call; the server names the file in Content-Disposition.
 */
export function downloadFile(
  path: string,
  token: string,
  fallbackName: string,
): Promise<DownloadedFile> {
  return fetchFile(path, { headers: { authorization: `Bearer ${token}` } }, fallbackName)
}

/** POSTs JSON for a file the server makes from it (the session's cookie goes with it). */
export function downloadPostedFile(
  path: string,
  body: unknown,
  fallbackName: string,
): Promise<DownloadedFile> {
  return fetchFile(
    path,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    fallbackName,
  )
}

async function fetchFile(
  path: string,
  init: RequestInit,
  fallbackName: string,
): Promise<DownloadedFile> {
  let response: Response
  try {
    response = await fetch(path, init)
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
  const filename = filenameOf(response.headers.get('content-disposition'), fallbackName)
  return { blob: await response.blob(), filename }
}
