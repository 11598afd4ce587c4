import {
  EMISSION_SECTORS,
  type EmissionSector,
  type Language,
  type PathwayChartLabels,
  planSections,
} from '@pactboard/shared'
import type { Cell, PlanModelSection } from '@pactboard/shared/plan'
import i18next, { type TFunction } from 'i18next'
import { en } from './en.ts'
import { sv } from './sv.ts'

/**
 * The exports speak the workshop's language: one i18next instance per language with the
 * exports' own strings (apart from the client's), and the formatting of typed cells.
 */

const RESOURCES = { en, sv } as const
const LOCALES: Record<Language, string> = { en: 'en-GB', sv: 'sv-SE' }
const EMPTY = '–'

export interface ExportText {
  language: Language
  locale: string
  t: TFunction
  column(key: string): string
  /** A cell as a person reads it: grouped digits, translated vocabulary. */
  format(cell: Cell): string
  /** A cell for a spreadsheet: numbers stay numbers, the rest becomes text. */
  value(cell: Cell): string | number | null
  number(value: number | null, fractionDigits?: number): string
  sectionTitle(section: PlanModelSection): string
  chartLabels(): PathwayChartLabels
}

const cache = new Map<Language, ExportText>()

export function exportText(language: Language): ExportText {
  const cached = cache.get(language)
  if (cached) return cached
  const instance = i18next.createInstance()
  // initAsync false: the resources are in memory, so init is synchronous
  instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { [language]: { translation: RESOURCES[language] }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  })
  const text = makeText(language, instance.t)
  cache.set(language, text)
  return text
}

function makeText(language: Language, t: TFunction): ExportText {
  const locale = LOCALES[language]
  const titles = new Map(planSections(language).map((s) => [s.id as string, s.title]))
  const formatters = new Map<number, Intl.NumberFormat>()
  const number = (value: number | null, fractionDigits = 0) => {
    if (value === null) return EMPTY
    let formatter = formatters.get(fractionDigits)
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits })
      formatters.set(fractionDigits, formatter)
    }
    return formatter.format(value)
  }
  const vocab = (cell: Extract<Cell, { type: 'enum' }>) =>
    cell.values.map((v) => t(`vocab.${cell.vocabulary}.${v}`)).join(', ')
  const column = (key: string) =>
    key.startsWith('reduction_')
      ? t('column.reductionIn', { sector: t(`vocab.sector.${key.slice('reduction_'.length)}`) })
      : t(`column.${key}`)

  return {
    language,
    locale,
    t,
    column,
    number,
    format(cell) {
      switch (cell.type) {
        case 'text':
          return cell.text
        case 'label':
          return t(`label.${cell.key}`)
        case 'enum':
          return vocab(cell)
        case 'number':
          if (cell.unit === 'year') return cell.value === null ? EMPTY : String(cell.value)
          return number(cell.value, cell.unit === 'pct' ? 1 : 0)
      }
    },
    value(cell) {
      switch (cell.type) {
        case 'text':
          return cell.text
        case 'label':
          return t(`label.${cell.key}`)
        case 'enum':
          return vocab(cell)
        case 'number':
          return cell.value
      }
    },
    sectionTitle(section) {
      return titles.get(section.number || section.key) ?? section.key
    },
    chartLabels() {
      const sectors = Object.fromEntries(
        EMISSION_SECTORS.map((s) => [s, t(`vocab.sector.${s}`)]),
      ) as Record<EmissionSector, string>
      return {
        unit: t('chart.unit'),
        remaining: t('chart.remaining'),
        bau: t('chart.bau'),
        target: t('chart.target'),
        gap: t('chart.gap'),
        reductionPrefix: t('chart.reductionPrefix'),
        groups: {
          in_plan: t('chart.groups.in_plan'),
          committed: t('chart.groups.committed'),
          proposed: t('chart.groups.proposed'),
        },
        sectors,
      }
    },
  }
}
