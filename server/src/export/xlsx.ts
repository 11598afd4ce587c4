import type { Cell, NumberUnit, PlanModel, PlanTable } from '@pactboard/shared/plan'
import ExcelJS from 'exceljs'
import type { ExportText } from './exportText.ts'
import { spreadsheetValue } from './spreadsheetSafe.ts'

/**
 * The workbook: "Portfolio" (one row per measure, every field, votes, commitments) and
 * "C-3.1 Financing". Numbers stay numbers with a number format, so planners can sum and filter.
 */

const NUMBER_FORMATS: Record<NumberUnit, string> = {
  tCO2e: '#,##0',
  eur: '#,##0',
  eurPerTCO2e: '#,##0.0',
  pct: '0.0',
  year: '0',
  count: '0',
}
// Excel's built-in short date (format 14): Excel and LibreOffice show it as the reader's locale
// writes dates, so a Finnish planner reads 13.3.2026 and a French one 13/03/2026.
const LOCALE_SHORT_DATE = 'mm-dd-yy'
const MAX_COLUMN_WIDTH = 48

export async function renderXlsx(model: PlanModel, text: ExportText): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Pactboard'
  workbook.created = new Date(model.generatedAt)
  addSheet(workbook, text.t('text.portfolioSheet'), model.tables.records, text)
  addSheet(workbook, text.t('text.financingSheet'), model.tables.financing, text)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** One of the plan's tables as a workbook of one sheet (the commitments register on its own). */
export async function renderTableXlsx(
  name: string,
  table: PlanTable,
  text: ExportText,
  created: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Pactboard'
  workbook.created = created
  addSheet(workbook, name, table, text)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: PlanTable, text: ExportText) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  const header = sheet.addRow(table.columns.map((c) => spreadsheetValue(text.column(c))))
  header.font = { bold: true }
  for (const cells of table.rows) {
    sheet.addRow(cells.map((cell) => spreadsheetValue(text.value(cell))))
  }
  table.columns.forEach((key, i) => {
    const column = sheet.getColumn(i + 1)
    const cells = table.rows.map((row) => row[i])
    const unit = unitOf(cells)
    if (unit) column.numFmt = NUMBER_FORMATS[unit]
    if (cells.some((cell) => cell?.type === 'date')) column.numFmt = LOCALE_SHORT_DATE
    const longest = Math.max(
      text.column(key).length,
      ...cells.map((cell) => (cell ? text.format(cell).length : 0)),
    )
    column.width = Math.min(MAX_COLUMN_WIDTH, Math.max(8, longest + 2))
  })
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } }
}

function unitOf(cells: (Cell | undefined)[]): NumberUnit | null {
  for (const cell of cells) if (cell?.type === 'number') return cell.unit
  return null
}
