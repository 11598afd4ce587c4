import type { ExportFormat, Vote, Workshop } from '@pactboard/shared'
import { buildPlanModel } from '@pactboard/shared/plan'
import type * as Y from 'yjs'
import { renderCsv } from './csv.ts'
import { renderDocx } from './docx.ts'
import { exportText } from './i18n/exportText.ts'
import { renderJson } from './json.ts'
import { renderMarkdown } from './markdown.ts'
import { renderPdf } from './pdf.ts'
import { renderXlsx } from './xlsx.ts'

/** One entry for the route: a format in, the file's bytes, type and name out. */

export interface ExportInput {
  workshop: Workshop
  board: Y.Doc
  plan: Y.Doc
  ledger: Y.Doc
  /** Every dot, from the store: the plan shows totals, the JSON export each vote. */
  votes: readonly Vote[]
  now: Date
}

export interface RenderedExport {
  body: Buffer | string
  contentType: string
  fileName: string
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
}

export async function renderExport(
  format: ExportFormat,
  input: ExportInput,
): Promise<RenderedExport> {
  const body = await renderBody(format, input)
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: exportFileName(input.workshop.city, input.now, format),
  }
}

async function renderBody(format: ExportFormat, input: ExportInput): Promise<Buffer | string> {
  if (format === 'json') return renderJson(input)
  const model = buildPlanModel(input)
  const text = exportText(input.workshop.language)
  switch (format) {
    case 'docx':
      return renderDocx(model, text)
    case 'pdf':
      return renderPdf(model, text)
    case 'xlsx':
      return renderXlsx(model, text)
    case 'csv':
      return renderCsv(model, text)
    case 'md':
      return renderMarkdown(model, text)
  }
}

/** `<city>-climate-plan-<YYYY-MM-DD>.<ext>`, the city in ASCII ("Umeå" → "umea"). */
export function exportFileName(city: string, now: Date, extension: string): string {
  const slug = city
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${slug || 'city'}-climate-plan-${now.toISOString().slice(0, 10)}.${extension}`
}

/**
 * The Content-Disposition header: an ASCII `filename` for every client, and the RFC 5987
 * `filename*` (UTF-8, percent-encoded) that modern browsers prefer.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
