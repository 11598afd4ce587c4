import type { Language, Workshop } from '@pactboard/shared'
import {
  commitmentRegisterFromDocs,
  type PlanTable,
  type WorkshopRegister,
  workspaceRegisterTable,
} from '@pactboard/shared/plan'
import type * as Y from 'yjs'
import { tableCsv } from './csv.ts'
import { type ExportText, exportText } from './exportText.ts'
import { CONTENT_TYPES, type RenderedExport } from './render.ts'

export const REGISTER_FORMATS = ['csv', 'xlsx'] as const
export type RegisterFormat = (typeof REGISTER_FORMATS)[number]

/**
 * The commitments register on its own, as a spreadsheet a city's staff keep working on: the same
 * locale rules as the plan's CSV and XLSX (delimiter, decimal comma, dates, formula guard).
 */
export async function renderCommitmentRegister(
  format: RegisterFormat,
  input: { workshop: Workshop; board: Y.Doc; ledger: Y.Doc; now: Date },
  language: Language = input.workshop.language,
): Promise<RenderedExport> {
  const text = await exportText(language)
  const table = commitmentRegisterFromDocs(input.board, input.ledger)
  const body = await registerBody(format, table, text, input.now)
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: text.fileName(input.workshop.city, input.now, format, 'registerFileName'),
  }
}

/**
 * A workspace's register: every workshop's commitments in one sheet, a column saying where each
 * was signed (shared's `workspaceRegisterTable`), named after the workspace.
 */
export async function renderWorkspaceRegister(
  format: RegisterFormat,
  input: { workspaceName: string; workshops: readonly WorkshopRegister[]; now: Date },
  language: Language,
): Promise<RenderedExport> {
  const text = await exportText(language)
  const table = workspaceRegisterTable(input.workshops)
  const body = await registerBody(format, table, text, input.now)
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: text.fileName(input.workspaceName, input.now, format, 'registerFileName'),
  }
}

/** CSV at once; XLSX with its library, which loads on first use (render.ts says why). */
async function registerBody(
  format: RegisterFormat,
  table: PlanTable,
  text: ExportText,
  now: Date,
): Promise<Buffer | string> {
  if (format === 'csv') return tableCsv(table, text)
  const { renderTableXlsx } = await import('./xlsx.ts')
  return renderTableXlsx(text.t('text.registerSheet'), table, text, now)
}
