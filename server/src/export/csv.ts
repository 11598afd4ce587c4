import type { PlanModel } from '@pactboard/shared/plan'
import { stringify } from 'csv-stringify/sync'
import type { ExportText } from './i18n/exportText.ts'
import { spreadsheetValue } from './spreadsheetSafe.ts'

/**
 * One row per measure with every field, its votes and commitments (the same columns as the XLSX
 * "Portfolio" sheet). UTF-8 with a byte order mark, so that Excel reads "Umeå" right.
 */
export function renderCsv(model: PlanModel, text: ExportText): string {
  const { columns, rows } = model.tables.records
  const records = rows.map((cells) => cells.map((cell) => spreadsheetValue(text.value(cell)) ?? ''))
  return stringify([columns.map((c) => spreadsheetValue(text.column(c))), ...records], {
    bom: true,
    record_delimiter: 'windows',
  })
}
