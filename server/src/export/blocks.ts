import type { ProseMirrorJSON } from '@pactboard/shared'
import type { Cell, PlanModel, PlanModelSection, PlanTable } from '@pactboard/shared/plan'
import type { ExportText } from './exportText.ts'

/**
 * The plan as a flat sequence of blocks in the CCC's order (DESIGN §6): the one walk over the
 * model that DOCX, PDF and Markdown share, so the three cannot drift apart. Each renderer only
 * says how a heading, a table or the chart looks.
 */

export interface TableBlock {
  type: 'table'
  header: string[]
  rows: Cell[][]
  /** Label/value tables (A-2.3, action outlines) read better without a header row. */
  keyValue?: boolean
  /** The last row is the total of those above; renderers set it in bold. */
  totalRow?: boolean
}

export type Block =
  | { type: 'title'; text: string; subtitle: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'prose'; nodes: ProseMirrorJSON[] }
  | { type: 'paragraph'; text: string; italic?: boolean }
  | { type: 'bullets'; items: string[] }
  | { type: 'chart'; caption: string }
  | TableBlock

/** Tables with this many columns get a landscape page: in portrait their words break or overflow. */
export const WIDE_TABLE_COLUMNS = 9

export interface Stretch {
  landscape: boolean
  blocks: Block[]
}

/**
 * Cuts the plan at its part and section headings and gives a landscape page to the stretch whose
 * table is too wide for portrait (B-2.1, C-3.1); neighbours of the same orientation stay together.
 * DOCX makes each stretch a section, the PDF starts a page in the stretch's orientation.
 */
export function orientedStretches(blocks: Block[]): Stretch[] {
  const stretches: Block[][] = []
  for (const block of blocks) {
    const opens = block.type === 'heading' && block.level <= 2
    if (opens || stretches.length === 0) stretches.push([])
    stretches.at(-1)!.push(block)
  }
  const result: Stretch[] = []
  for (const stretch of stretches) {
    const landscape = stretch.some(
      (b) => b.type === 'table' && b.header.length >= WIDE_TABLE_COLUMNS,
    )
    const last = result.at(-1)
    if (last && last.landscape === landscape) last.blocks.push(...stretch)
    else result.push({ landscape, blocks: [...stretch] })
  }
  return result
}

export function planBlocks(model: PlanModel, text: ExportText): Block[] {
  const { t } = text
  const blocks: Block[] = [
    {
      type: 'title',
      text: t('text.title', { city: model.workshop.city }),
      subtitle: t('text.subtitle', {
        workshop: model.workshop.title,
        date: text.date(model.generatedAt),
      }),
    },
  ]
  if (model.narrative.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: t('text.narrative') })
    blocks.push({ type: 'prose', nodes: model.narrative })
  }
  for (const section of model.sections) {
    blocks.push({ type: 'heading', level: section.level, text: text.sectionTitle(section) })
    if (section.text.length > 0) blocks.push({ type: 'prose', nodes: section.text })
    blocks.push(...sectionData(section, model, text))
  }
  return blocks
}

function table(source: PlanTable, text: ExportText, keyValue = false): TableBlock {
  return {
    type: 'table',
    header: source.columns.map(text.column),
    rows: source.rows,
    keyValue,
    totalRow: source.totalRow === true,
  }
}

function tableOrNone(source: PlanTable, text: ExportText): Block[] {
  if (source.rows.length === 0) {
    return [{ type: 'paragraph', text: text.t('text.noMeasures'), italic: true }]
  }
  return [table(source, text)]
}

const noFigures = (text: ExportText): Block[] => [
  { type: 'paragraph', text: text.t('text.noFigures'), italic: true },
]

function sectionData(section: PlanModelSection, model: PlanModel, text: ExportText): Block[] {
  const { tables, pathway } = model
  switch (section.key) {
    case 'baseline':
      return tables.baseline ? [table(tables.baseline, text)] : noFigures(text)
    case 'gap': {
      if (!tables.gap) return noFigures(text)
      const milestones: Block[] = tables.milestones
        ? [
            { type: 'heading', level: 3, text: text.t('text.milestones') },
            table(tables.milestones, text),
          ]
        : []
      return [table(tables.gap, text, true), ...milestones]
    }
    case 'impactPathways': {
      const chart: Block[] =
        pathway && pathway.years.length > 1
          ? [
              {
                type: 'chart',
                caption: text.t('text.pathwayChart', {
                  from: pathway.years[0]?.year,
                  to: pathway.years.at(-1)?.year,
                }),
              },
            ]
          : []
      return [...tableOrNone(tables.matrix, text), ...chart]
    }
    case 'portfolio':
      return tableOrNone(tables.portfolio, text)
    case 'outlines':
      return model.outlines.flatMap(({ measure, rows }, i): Block[] => [
        { type: 'heading', level: 3, text: `${i + 1}. ${measure.measure.title}` },
        {
          type: 'table',
          header: [text.column('item'), text.column('value')],
          rows: rows.map(([key, cell]) => [{ type: 'text', text: text.column(key) }, cell]),
          keyValue: true,
        },
      ])
    case 'governance':
      return tableOrNone(tables.governance, text)
    case 'socialInnovation':
      return tableOrNone(tables.socialInnovation, text)
    case 'financing':
      return [...tableOrNone(tables.financing, text), ...investmentBlocks(model, text)]
    case 'commitments':
      return commitmentBlocks(model, text)
    case 'annex':
      return tableOrNone(tables.annex, text)
    default:
      return []
  }
}

/** The investment plan (part C): by year, by measure and year, the funding lines, by source and type. */
function investmentBlocks(model: PlanModel, text: ExportText): Block[] {
  const { t } = text
  const { investmentYears, measureCosts, fundingLines, fundingBySource, fundingByType } =
    model.tables
  const blocks: Block[] = [{ type: 'heading', level: 3, text: t('text.investmentPlan') }]
  if (investmentYears.rows.length === 0 && fundingLines.rows.length === 0) {
    return [...blocks, { type: 'paragraph', text: t('text.noInvestment'), italic: true }]
  }
  const parts: [string, PlanTable][] = [
    ['text.investmentByYear', investmentYears],
    ['text.measureCosts', measureCosts],
    ['text.fundingLines', fundingLines],
    ['text.fundingBySource', fundingBySource],
    ['text.fundingByType', fundingByType],
  ]
  for (const [title, source] of parts) {
    if (source.rows.length === 0) continue
    blocks.push({ type: 'paragraph', text: t(title) }, table(source, text))
  }
  return blocks
}

function commitmentBlocks(model: PlanModel, text: ExportText): Block[] {
  const { t } = text
  if (model.commitmentsByActor.length === 0) {
    return [{ type: 'paragraph', text: t('text.noCommitments'), italic: true }]
  }
  const blocks: Block[] = [
    { type: 'heading', level: 3, text: t('text.signatories') },
    table(model.tables.signatories, text),
  ]
  for (const { actor, commitments } of model.commitmentsByActor) {
    blocks.push({ type: 'heading', level: 3, text: actor.name })
    blocks.push({
      type: 'bullets',
      items: commitments.map(({ commitment: c, measureTitle }) =>
        [
          c.text,
          t('text.commitmentTarget', {
            value: text.number(c.target.value, 2),
            unit: c.target.unit,
            year: c.target.year,
          }),
          c.target.tCO2eEquivalent
            ? t('text.commitmentEquivalent', {
                value: text.number(c.target.tCO2eEquivalent.tCO2ePerYear, 2),
                method: c.target.tCO2eEquivalent.method,
              })
            : null,
          measureTitle ? t('text.commitmentMeasure', { title: measureTitle }) : null,
          t('text.signed', { date: text.date(c.signedAt) }),
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    })
  }
  return blocks
}
