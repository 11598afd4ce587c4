import {
  EMISSION_SECTORS,
  type EmissionSector,
  type Language,
  languagePack,
  type PathwayChartLabels,
  planSections,
} from '@pactboard/shared'
import type { Cell, PlanModelSection } from '@pactboard/shared/plan'
import i18next, { type TFunction } from 'i18next'

/**
 * An export speaks one language, the workshop's unless asked for another: its own strings, the
 * CCC vocabulary the screens use (shared/src/i18n), and numbers and dates as that language writes
 * them (Intl, with the language's locale).
 */

const EMPTY = '–'

export interface ExportText {
  language: Language
  locale: string
  t: TFunction
  column(key: string): string
  /** A cell as a person reads it: grouped digits, a date in words, translated vocabulary. */
  format(cell: Cell): string
  /** A cell for a spreadsheet: numbers stay numbers and dates dates, the rest becomes text. */
  value(cell: Cell): string | number | Date | null
  /** A cell of a CSV file opened by a spreadsheet in this language's locale. */
  csvValue(cell: Cell): string
  /** `;` where the locale's decimal separator is a comma (sv, fi, fr), else `,`. */
  csvDelimiter: ',' | ';'
  number(value: number | null, fractionDigits?: number): string
  date(iso: string): string
  sectionTitle(section: PlanModelSection): string
  chartLabels(): PathwayChartLabels
  /**
   * `<city>-<"climate plan" in this language>-<YYYY-MM-DD>.<extension>`, in ASCII; `document`
   * names another file than the plan (the commitments register).
   */
  fileName(
    city: string,
    now: Date,
    extension: string,
    document?: 'fileName' | 'registerFileName',
  ): string
}

const cache = new Map<Language, Promise<ExportText>>()

export function exportText(language: Language): Promise<ExportText> {
  let text = cache.get(language)
  if (!text) {
    text = makeText(language)
    cache.set(language, text)
  }
  return text
}

async function makeText(language: Language): Promise<ExportText> {
  const pack = languagePack(language)
  const instance = i18next.createInstance()
  // initAsync false: the resources are in memory, so init is synchronous
  instance.init({
    lng: language,
    fallbackLng: false,
    resources: {
      [language]: { translation: { ...(await pack.exports()), vocab: pack.vocabulary } },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  })
  const { t } = instance
  const { locale } = pack
  const numbers = new Map<number, Intl.NumberFormat>()
  const number = (value: number | null, fractionDigits = 0) => {
    if (value === null) return EMPTY
    let formatter = numbers.get(fractionDigits)
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits })
      numbers.set(fractionDigits, formatter)
    }
    // French groups digits with a narrow no-break space (U+202F), which the exports' font
    // (Roboto) lacks; the ordinary no-break space keeps the group together just the same.
    return formatter.format(value).replace(/\u202f/g, '\u00a0')
  }
  // Dates in UTC, so that the CSV, the XLSX (whose dates are UTC) and the documents agree.
  const mediumDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' })
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  // What a spreadsheet in this locale reads as a number: its decimal separator, no grouping, and
  // an ASCII minus (Intl writes U+2212 in sv and fi, which spreadsheets take for text).
  const plainNumber = new Intl.NumberFormat(locale, {
    useGrouping: false,
    maximumFractionDigits: 6,
  })
  const csvNumber = (value: number) =>
    plainNumber
      .formatToParts(value)
      .map((part) => (part.type === 'minusSign' ? '-' : part.value))
      .join('')
  const decimal = plainNumber.formatToParts(0.5).find((part) => part.type === 'decimal')?.value

  const titles = new Map(planSections(language).map((s) => [s.id as string, s.title]))
  const vocab = (cell: Extract<Cell, { type: 'enum' }>) =>
    cell.values.map((v) => t(`vocab.${cell.vocabulary}.${v}`)).join(', ')
  const column = (key: string) =>
    key.startsWith('reduction_')
      ? t('column.reductionIn', {
          sector: t(`vocab.emissionSector.${key.slice('reduction_'.length)}`),
        })
      : t(`column.${key}`)

  const value = (cell: Cell): string | number | Date | null => {
    switch (cell.type) {
      case 'text':
        return cell.text
      case 'label':
        return t(`label.${cell.key}`)
      case 'enum':
        return vocab(cell)
      case 'date':
        return new Date(cell.iso)
      case 'number':
        return cell.value
    }
  }

  return {
    language,
    locale,
    t,
    column,
    number,
    date: (iso) => longDate.format(new Date(iso)),
    csvDelimiter: decimal === ',' ? ';' : ',',
    format(cell) {
      switch (cell.type) {
        case 'text':
          return cell.text
        case 'label':
          return t(`label.${cell.key}`)
        case 'enum':
          return vocab(cell)
        case 'date':
          return mediumDate.format(new Date(cell.iso))
        case 'number':
          if (cell.unit === 'year') return cell.value === null ? EMPTY : String(cell.value)
          return number(cell.value, cell.unit === 'pct' ? 1 : 0)
      }
    },
    value,
    csvValue(cell) {
      switch (cell.type) {
        case 'date':
          return shortDate.format(new Date(cell.iso))
        case 'number':
          return cell.value === null ? '' : csvNumber(cell.value)
        default:
          return String(value(cell) ?? '')
      }
    },
    sectionTitle(section) {
      return titles.get(section.number || section.key) ?? section.key
    },
    chartLabels() {
      const sectors = Object.fromEntries(
        EMISSION_SECTORS.map((s) => [s, t(`vocab.emissionSector.${s}`)]),
      ) as Record<EmissionSector, string>
      return {
        unit: t('chart.unit'),
        remaining: t('chart.remaining'),
        bau: t('chart.bau'),
        target: t('chart.target'),
        gap: t('chart.gap'),
        milestone: t('chart.milestone'),
        netZero: t('chart.netZero'),
        reductionPrefix: t('chart.reductionPrefix'),
        groups: {
          in_plan: t('chart.groups.in_plan'),
          committed: t('chart.groups.committed'),
          proposed: t('chart.groups.proposed'),
        },
        sectors,
      }
    },
    fileName(city, now, extension, document = 'fileName') {
      const name = `${asciiSlug(city) || 'city'}-${asciiSlug(t(`text.${document}`))}`
      return `${name}-${now.toISOString().slice(0, 10)}.${extension}`
    },
  }
}

/** Lower-case ASCII words joined by hyphens: "Umeå" → "umea", "Plan climat" → "plan-climat". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
