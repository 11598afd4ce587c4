/**
 * No cell of a CSV or XLSX export may start a formula (OWASP "CSV injection"): a measure titled
 * `=HYPERLINK(…)` or a tag `+cmd` would run when a planner opens the file. Text that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which spreadsheets show as
 * text. Numbers are written as numbers (a negative opex is data, not a formula), so they pass.
 */

const FORMULA_START = /^[=+\-@\t\r]/

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function spreadsheetValue<T extends string | number | Date | null>(value: T): T | string {
  return typeof value === 'string' ? neutralizeFormula(value) : value
}
