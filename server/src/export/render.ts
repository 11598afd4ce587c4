import type { ExportFormat, Language, Vote, Workshop } from '@pactboard/shared'
import { buildPlanModel } from '@pactboard/shared/plan'
import type * as Y from 'yjs'
import { renderCsv } from './csv.ts'
import { type ExportText, exportText } from './exportText.ts'
import { renderJson } from './json.ts'
import { renderMarkdown } from './markdown.ts'

/** One entry for the route: a format and a language in, the file's bytes, type and name out. */

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

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
}

/**
 * The export in `language` (the workshop's own when left out): its headings, labels, numbers,
 * dates and file name. The planners' text and people's proposals stay as they were written.
 */
export async function renderExport(
  format: ExportFormat,
  input: ExportInput,
  language: Language = input.workshop.language,
): Promise<RenderedExport> {
  const text = await exportText(language)
  const body = await renderBody(format, input, text)
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: text.fileName(input.workshop.city, input.now, format),
  }
}

async function renderBody(
  format: ExportFormat,
  input: ExportInput,
  text: ExportText,
): Promise<Buffer | string> {
  if (format === 'json') return renderJson(input)
  const model = buildPlanModel(input)
  // The office formats load their libraries on first use: together they are about 28 MB of heap
  // and 0.6 s of start-up that a server which only syncs would otherwise carry.
  switch (format) {
    case 'docx':
      return (await import('./docx.ts')).renderDocx(model, text)
    case 'pdf':
      return (await import('./pdf.ts')).renderPdf(model, text)
    case 'xlsx':
      return (await import('./xlsx.ts')).renderXlsx(model, text)
    case 'csv':
      return renderCsv(model, text)
    case 'md':
      return renderMarkdown(model, text)
  }
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
