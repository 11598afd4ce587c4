/**
 * Typed table cells of the plan model: renderers decide how a number or a vocabulary value looks
 * (and in which language), the model only says what it is. A number stays a number all the way
 * to the XLSX cell.
 */

import type { VocabularyName } from '../i18n/languagePack.ts'

/** The closed vocabularies an enum cell's values come from; renderers label them (i18n/). */
export type Vocabulary = VocabularyName

export type NumberUnit = 'tCO2e' | 'eur' | 'eurPerTCO2e' | 'pct' | 'year' | 'count'

export type Cell =
  | { type: 'text'; text: string }
  | { type: 'number'; value: number | null; unit: NumberUnit }
  | { type: 'enum'; vocabulary: Vocabulary; values: string[] }
  /** One of the export's own strings (`label.<key>`), e.g. a row heading. */
  | { type: 'label'; key: string }
  /** A moment (ISO 8601), written as a date in the export's language. */
  | { type: 'date'; iso: string }

/** A table: column keys (export string keys, `column.<key>`) and rows of cells. */
export interface PlanTable {
  columns: string[]
  rows: Cell[][]
  /**
   * The last row sums the rows above in each of its euro columns, so a spreadsheet may write
   * those cells as SUM formulas.
   */
  totalRow?: boolean
}

export function textCell(text: string): Cell {
  return { type: 'text', text }
}

export function numberCell(value: number | null, unit: NumberUnit): Cell {
  return { type: 'number', value, unit }
}

export function enumCell(vocabulary: Vocabulary, values: string | readonly string[]): Cell {
  return { type: 'enum', vocabulary, values: typeof values === 'string' ? [values] : [...values] }
}

export function dateCell(iso: string): Cell {
  return { type: 'date', iso }
}

export function labelCell(key: string): Cell {
  return { type: 'label', key }
}
