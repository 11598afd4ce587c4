import type { Cell, PlanModel, PlanTable } from '@pactboard/shared/plan'
import { stringify } from 'csv-stringify/sync'
import type { ExportText } from './exportText.ts'
import { neutralizeFormula } from './spreadsheetSafe.ts'

/**
 * One row per measure with every field, its votes and commitments (the same columns as the XLSX
 * "Portfolio" sheet), for a spreadsheet in the export's locale: `;` between fields and a decimal
 * comma in Swedish, Finnish and French, dates as that locale writes them, and UTF-8 with a byte
 * order mark, so that Excel reads "Umeå" right.
 */
export function renderCsv(model: PlanModel, text: ExportText): string {
  return tableCsv(model.tables.records, text)
}

/** Any of the plan's tables as CSV in the export's locale, guarded against formula injection. */
export function tableCsv({ columns, rows }: PlanTable, text: ExportText): string {
  // Only text can start a formula; a number or a date written by Intl is data ("-12,5").
  const field = (cell: Cell) =>
    cell.type === 'number' || cell.type === 'date'
      ? text.csvValue(cell)
      : neutralizeFormula(text.csvValue(cell))
  const records = rows.map((cells) => cells.map(field))
  return stringify([columns.map((c) => neutralizeFormula(text.column(c))), ...records], {
    bom: true,
    delimiter: text.csvDelimiter,
    record_delimiter: 'windows',
  })
}
