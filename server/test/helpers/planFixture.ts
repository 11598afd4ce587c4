import { addComment, type Language, listMeasures, toggleReaction } from '@pactboard/shared'
import { replacePlanDocument } from '@pactboard/shared/editor'
import {
  makeMeasureFields,
  makeParticipant,
  makePlanDocs as makeSharedPlanDocs,
} from '@pactboard/shared/test/fixtures'
import { renderExport } from '../../src/export/render.ts'

/**
 * The shared fixtures' small, complete plan (baseline 10 000 t (2019), −80 % by 2030, bus lanes
 * and solar roofs in the plan, car-free Sundays left out, votes, Umeå Energi's commitment), with
 * more for the exports to show: funding, co-benefits, tags, Bo, text under A-2, and a comment
 * and a reaction; the solar roofs' capex over 2026–2027 and an EIB loan applied for, and a
 * milestone of −40 % by 2025.
 */
export function makePlanDocs(overrides: { language?: Language; hostile?: boolean } = {}) {
  const docs = makeSharedPlanDocs({
    workshop: { id: 'w-export', language: overrides.language ?? 'en' },
    measures: [
      {
        cost: {
          capexEur: 4_800_000,
          opexEurPerYear: 60_000,
          capexByYear: [
            { year: 2026, eur: 2_800_000 },
            { year: 2027, eur: 2_000_000 },
          ],
          funding: [
            { source: 'Klimatklivet', type: 'national', amountEur: 1_500_000, status: 'secured' },
            {
              source: 'EIB',
              type: 'loan',
              amountEur: 2_000_000,
              status: 'applied',
              byYear: [
                { year: 2026, eur: 1_200_000 },
                { year: 2027, eur: 800_000 },
              ],
            },
          ],
        },
        coBenefits: ['job_creation', 'cost_savings'],
      },
      {
        title: overrides.hostile
          ? '=HYPERLINK("http://evil.example","x")'
          : 'Bus lanes on the ring road',
        description: 'Dedicated lanes and signal priority.',
        tags: overrides.hostile ? ['+cmd', '@sum'] : ['buses'],
        coBenefits: ['air_quality', 'reduced_noise'],
      },
      // a pilot, with the default estimate
      { actionType: 'pilot', reduction: makeMeasureFields().reduction },
    ],
    participants: [
      makeParticipant(),
      makeParticipant({ id: 'p-bo', displayName: 'Bo', role: 'company' }),
    ],
    actor: { legalForm: 'AB', responsiblePerson: 'Eva Ek', position: 'CEO' },
    commitment: { text: 'We install the panels on all 40 schools', signedBy: 'p-bo' },
    target: { milestones: [{ year: 2025, reductionPct: 40 }] },
  })
  const { plan } = docs
  replacePlanDocument(plan, {
    type: 'doc',
    content: [
      {
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: 'A-2 Current policies' }],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The ' },
          { type: 'text', text: 'climate programme 2021', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' sets the course; see ' },
          {
            type: 'text',
            text: 'the council decision',
            marks: [{ type: 'link', attrs: { href: 'https://example.org/decision' } }],
          },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Energy plan' }] }],
          },
          {
            type: 'listItem',
            content: [
              {
                type: 'paragraph',
                content: [{ type: 'text', text: 'Traffic strategy', marks: [{ type: 'italic' }] }],
              },
            ],
          },
        ],
      },
    ],
  })
  // Talk around the first measure: the JSON export carries it, the other formats do not.
  const [first] = listMeasures(docs.board)
  if (first) {
    addComment(docs.board, {
      measureId: first.id,
      authorParticipantId: 'p-bo',
      text: 'We can start with the two largest schools.',
      now: new Date('2026-03-03T19:10:00.000Z'),
    })
    toggleReaction(docs.board, { measureId: first.id, participantId: 'p-anna', kind: 'support' })
  }
  return docs
}

/** When the exports' tests say the plan was exported. */
export const FIXTURE_NOW = new Date('2026-03-04T10:00:00Z')

/** This fixture's plan exported as `format`, in `language` (the workshop's when left out). */
export const renderFixture = (
  format: Parameters<typeof renderExport>[0],
  options: Parameters<typeof makePlanDocs>[0] = {},
  language?: Language,
) => renderExport(format, { ...makePlanDocs(options), now: FIXTURE_NOW }, language)
