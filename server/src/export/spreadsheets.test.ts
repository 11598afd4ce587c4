import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { renderFixture as render } from '../../test/helpers/planFixture.ts'

/** The plan as a spreadsheet: XLSX and CSV, in each language's conventions, safe to open. */

const FORMULA_START = /^[=+\-@\t\r]/

describe('XLSX', () => {
  it('has one row per measure with every field, numbers as numbers, and the financing sheet', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await render('xlsx')).body as Buffer as never)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Portfolio',
      'C-3.1 Financing',
      'Investment plan',
      'Costs by measure',
      'Funding lines',
    ])
    const sheet = workbook.getWorksheet('Portfolio')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(
      expect.arrayContaining([
        'Measure',
        'Opex (EUR/yr)',
        'Votes',
        'Commitments',
        'Co-benefits',
        'Reduction, Transport (tCO2e/yr)',
      ]),
    )
    expect(sheet.rowCount).toBe(4)
    const col = (name: string) => header.indexOf(name) + 1
    const rowOf = (title: string) =>
      sheet.getRows(2, 3)!.find((r) => r.getCell(col('Measure')).value === title)!
    const bus = rowOf('Bus lanes on the ring road')
    expect(bus.getCell(col('Opex (EUR/yr)')).value).toBe(-20_000)
    expect(bus.getCell(col('Total cost (EUR)')).value).toBe(900_000)
    expect(bus.getCell(col('Cost per tCO2e (EUR)')).value).toBe(360)
    const solar = rowOf('Solar roofs on every school')
    expect(solar.getCell(col('Votes')).value).toBe(3)
    expect(solar.getCell(col('Commitments')).value).toBe('We install the panels on all 40 schools')
    expect(solar.getCell(col('Funding type')).value).toBe('National funding, Loan')
    // a date is a date, shown in the reader's own short date format (Excel's format 14)
    expect(solar.getCell(col('Created')).value).toBeInstanceOf(Date)
    expect(sheet.getColumn(col('Created')).numFmt).toBe('mm-dd-yy')
    const financing = workbook.getWorksheet('C-3.1 Financing')!
    expect(financing.getRow(2).getCell(1).value).toBe('Bus lanes on the ring road')
    expect(financing.getRow(3).getCell(8).value).toBe(1_500_000)
  })
})

describe('XLSX investment plan', () => {
  it('writes the plan by year as numbers, and the totals as SUM formulas over its own cells', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await render('xlsx')).body as Buffer as never)
    const sheet = workbook.getWorksheet('Investment plan')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual([
      'Year',
      'Capex (EUR)',
      'Opex (EUR)',
      'Investment needed (EUR)',
      'Funding secured (EUR)',
      'Funding applied for (EUR)',
      'Funding planned (EUR)',
      'Funding, all (EUR)',
      'Gap: needed − secured (EUR)',
      'Gap: needed − all funding (EUR)',
    ])
    // bus lanes 2025–2029 (1 M€ capex in 2025, −20 k€ a year); solar 2026–2030 (2.8 + 2 M€
    // capex, 60 k€ a year; Klimatklivet 1.5 M€ secured in 2026, EIB 1.2 + 0.8 M€ applied for)
    const years = sheet.getColumn(1).values.slice(2, 8)
    expect(years).toEqual([2025, 2026, 2027, 2028, 2029, 2030])
    const row = (year: number) => sheet.getRow(2 + year - 2025)
    expect(row(2025).getCell(4).value).toBe(980_000)
    expect(row(2026).getCell(2).value).toBe(2_800_000)
    expect(row(2026).getCell(4).value).toBe(2_840_000)
    expect(row(2026).getCell(5).value).toBe(1_500_000)
    expect(row(2026).getCell(6).value).toBe(1_200_000)
    expect(row(2026).getCell(9).value).toBe(1_340_000)
    expect(row(2026).getCell(10).value).toBe(140_000)
    const total = sheet.getRow(8)
    expect(total.getCell(1).value).toBe('Total')
    expect(total.getCell(4).value).toEqual({ formula: 'SUM(D2:D7)', result: 6_000_000 })
    expect(total.getCell(8).value).toEqual({ formula: 'SUM(H2:H7)', result: 3_500_000 })
    expect(total.getCell(10).value).toEqual({ formula: 'SUM(J2:J7)', result: 2_500_000 })
    const funding = workbook.getWorksheet('Funding lines')!
    expect(funding.getRow(3).values).toEqual([
      undefined,
      'Solar roofs on every school',
      'EIB',
      'Loan',
      'Applied for',
      '2026–2027',
      2_000_000,
    ])
    expect(funding.getRow(4).getCell(6).value).toEqual({
      formula: 'SUM(F2:F3)',
      result: 3_500_000,
    })
  })
})

describe('CSV', () => {
  it('has one row per measure with every field, votes and commitments', async () => {
    const { body, contentType } = await render('csv')
    expect(contentType).toBe('text/csv; charset=utf-8')
    const records: Record<string, string>[] = parse(body as string, { bom: true, columns: true })
    expect(records).toHaveLength(3)
    const solar = records.find((r) => r.Measure === 'Solar roofs on every school')!
    expect(solar).toMatchObject({
      Votes: '3',
      'Capex (EUR)': '4800000',
      'Total cost (EUR)': '5100000',
      'In the plan': 'Yes',
      Commitments: 'We install the panels on all 40 schools',
    })
    const bus = records.find((r) => r.Measure === 'Bus lanes on the ring road')!
    expect(bus['Opex (EUR/yr)']).toBe('-20000')
    expect(bus['Systemic levers']).toBe('Governance and policy, Technology and infrastructure')
  })
})

describe('CSV for a spreadsheet in the export language', () => {
  it.each([
    [
      'fi',
      'Toimenpide',
      'Käyttökustannukset (EUR/v)',
      'Kustannus per t CO2-ekv. (EUR)',
      'Luotu',
      /^\d{1,2}\.\d{1,2}\.\d{4}$/,
    ],
    [
      'fr',
      'Mesure',
      'Coûts de fonctionnement (EUR/an)',
      'Coût par t CO2e (EUR)',
      'Créée le',
      /^\d{2}\/\d{2}\/\d{4}$/,
    ],
    [
      'sv',
      'Åtgärd',
      'Driftkostnad (EUR/år)',
      'Kostnad per ton CO2e (EUR)',
      'Skapad',
      /^\d{4}-\d{2}-\d{2}$/,
    ],
  ] as const)(
    '%s: semicolons, a decimal comma, an ASCII minus, local dates and a BOM',
    async (language, measure, opex, perTonne, created, date) => {
      const { body, fileName } = await render('csv', {}, language)
      expect(fileName).toMatch(/^umea-.+-2026-03-04\.csv$/)
      const csv = body as string
      expect(csv.charCodeAt(0)).toBe(0xfeff)
      const records: Record<string, string>[] = parse(csv, {
        bom: true,
        columns: true,
        delimiter: ';',
      })
      expect(records).toHaveLength(3)
      const solar = records.find((r) => r[measure] === 'Solar roofs on every school')!
      expect(solar[perTonne]).toBe('1062,5')
      expect(solar[created]).toMatch(date)
      const bus = records.find((r) => r[measure] === 'Bus lanes on the ring road')!
      expect(bus[opex]).toBe('-20000')
    },
  )

  it('keeps commas and decimal points in English', async () => {
    const csv = (await render('csv')).body as string
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true })
    const solar = records.find((r) => r.Measure === 'Solar roofs on every school')!
    expect(solar['Cost per tCO2e (EUR)']).toBe('1062.5')
    expect(solar.Created).toBe('03/03/2026')
  })
})

describe('formula injection', () => {
  it('escapes text that would start a formula in CSV and XLSX, and keeps numbers numbers', async () => {
    const csv = parse((await render('csv', { hostile: true })).body as string, {
      bom: true,
      columns: true,
    }) as Record<string, string>[]
    const hostile = csv.find((r) => r.Measure?.includes('HYPERLINK'))!
    expect(hostile.Measure).toBe(`'=HYPERLINK("http://evil.example","x")`)
    expect(hostile.Tags).toBe("'+cmd; @sum")
    expect(hostile['Opex (EUR/yr)']).toBe('-20000')
    for (const record of csv)
      for (const value of Object.values(record)) {
        if (Number.isNaN(Number(value))) expect(value).not.toMatch(FORMULA_START)
      }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await render('xlsx', { hostile: true })).body as Buffer as never)
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row, rowNumber) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) {
            // only the sheet's own totals: a SUM over the cells above, in the last row
            expect(rowNumber).toBe(sheet.rowCount)
            expect(cell.formula).toMatch(
              new RegExp(`^SUM\\((?<c>[A-Z]+)2:\\k<c>${rowNumber - 1}\\)$`),
            )
          } else if (typeof cell.value === 'string') {
            expect(cell.value).not.toMatch(FORMULA_START)
          }
        }),
      )
    }
    expect(
      workbook
        .getWorksheet('Costs by measure')!
        .getColumn(1)
        .values.some((v) => v === `'=HYPERLINK("http://evil.example","x")`),
    ).toBe(true)
    const values = workbook
      .getWorksheet('Portfolio')!
      .getRows(2, 3)!
      .flatMap((r) => r.values as unknown[])
    expect(values).toContain(`'=HYPERLINK("http://evil.example","x")`)
    expect(values).toContain(-20_000)
  })
})

describe('XLSX in French', () => {
  it('names its sheets and headings in French and keeps numbers numbers', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await render('xlsx', {}, 'fr')).body as Buffer as never)
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Portefeuille',
      'C-3.1 Financement',
      'Plan d’investissement',
      'Coûts par mesure',
      'Lignes de financement',
    ])
    const header = (workbook.getWorksheet('Portefeuille')!.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(expect.arrayContaining(['Mesure', 'Coût total (EUR)', 'Créée le']))
  })
})
