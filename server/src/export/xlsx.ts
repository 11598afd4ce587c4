import type { Cell, NumberUnit, PlanModel, PlanTable } from '@pactboard/shared/plan'
import ExcelJS from 'exceljs'
import type { ExportText } from './exportText.ts'
import { spreadsheetValue } from './spreadsheetSafe.ts'

/**
 * The workbook: "Portfolio" (one row per measure, every field, votes, commitments),
 * "C-3.1 Financing", and the investment plan a finance department works on: "Investment plan"
 * (by year), costs by measure and year, and the funding lines. Numbers stay numbers with a number
 * format, so planners can sum and filter; a table's total row is written as SUM formulas over
 * the cells above it, which this sheet itself wrote (never over anything a person typed).
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
  const { investmentYears, measureCosts, fundingLines } = model.tables
  addSheet(workbook, text.t('text.investmentSheet'), investmentYears, text)
  addSheet(workbook, text.t('text.measureCostsSheet'), measureCosts, text)
  addSheet(workbook, text.t('text.fundingSheet'), fundingLines, text)
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
  if (table.columns.length === 0) {
    const empty = workbook.addWorksheet(name)
    empty.addRow([text.t('text.noInvestment')])
    empty.getColumn(1).width = MAX_COLUMN_WIDTH
    return
  }
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  const header = sheet.addRow(table.columns.map((c) => spreadsheetValue(text.column(c))))
  header.font = { bold: true }
  const body = table.totalRow ? table.rows.slice(0, -1) : table.rows
  for (const cells of body) {
    sheet.addRow(cells.map((cell) => spreadsheetValue(text.value(cell))))
  }
  const totals = table.totalRow ? table.rows.at(-1) : undefined
  if (totals) sheet.addRow(totalRowValues(totals, body.length, text)).font = { bold: true }
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

/**
 * The total row: each euro column as SUM over the rows above (2 … 1 + rows; the header is row
 * 1), with the model's own sum as the cached result, so a reader that does not calculate shows
 * the same figure. Other cells are values, guarded as every other cell.
 */
function totalRowValues(cells: Cell[], bodyRows: number, text: ExportText): ExcelJS.CellValue[] {
  return cells.map((cell, i) => {
    if (cell.type === 'number' && cell.unit === 'eur' && cell.value !== null && bodyRows > 0) {
      const column = columnLetter(i + 1)
      return { formula: `SUM(${column}2:${column}${bodyRows + 1})`, result: cell.value }
    }
    return spreadsheetValue(text.value(cell))
  })
}

/** 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

function unitOf(cells: (Cell | undefined)[]): NumberUnit | null {
  for (const cell of cells) if (cell?.type === 'number') return cell.unit
  return null
}
