import { describe, expect, it } from 'vitest'
import { addComment } from '../docs/discussion.ts'
import { PUBLIC_PLAN_PARTS } from '../domain/publication.ts'
import { replacePlanDocument } from '../editor/planDocument.ts'
import { makeParticipant, makePlanDocs } from '../test/fixtures.ts'
import { buildPlanModel } from './planModel.ts'
import { buildPublicPlan } from './publicPlan.ts'
import { publicText } from './publicText.ts'

/** A plan whose docs name people wherever they can: registry, signatory, signer, comments. */
function namedPlan() {
  const docs = makePlanDocs({
    participants: [
      makeParticipant({ id: 'p-zofia', displayName: 'Zofia Wąsowska' }),
      makeParticipant({ id: 'p-kristoffer', displayName: 'Kristoffer Nyqvist', role: 'company' }),
    ],
    actor: { responsiblePerson: 'Ingegerd Lövgren', position: 'Chief executive' },
    commitment: { signedBy: 'p-kristoffer', text: 'We install the panels on 40 schools' },
    target: { milestones: [{ year: 2025, reductionPct: 40 }] },
  })
  addComment(docs.board, {
    measureId: docs.measures.solar.id,
    authorParticipantId: 'p-zofia',
    text: 'Ask the caretakers first, they know the roofs',
    now: new Date('2026-03-03T19:10:00.000Z'),
  })
  replacePlanDocument(docs.plan, {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A-2 Policies' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'The climate programme 2021.' }] },
    ],
  })
  const model = buildPlanModel({ ...docs, now: new Date('2026-03-04T08:00:00.000Z') })
  return { docs, model }
}

const PERSONAL = [
  'Zofia Wąsowska',
  'Kristoffer Nyqvist',
  'Ingegerd Lövgren',
  'Chief executive',
  'p-zofia',
  'p-kristoffer',
  'p-anna',
  'p-bo',
  'Ask the caretakers',
]

describe('buildPublicPlan ([G7])', () => {
  it('names nobody: no participant, signatory or signer, no id of a person, no comment', () => {
    const { model } = namedPlan()
    const page = JSON.stringify(
      buildPublicPlan(model, { parts: PUBLIC_PLAN_PARTS, publishedAt: '2026-03-04T08:00:00Z' }),
    )
    // what the page is for is there, so the absences below mean something
    for (const shown of ['Umeå Energi', 'We install the panels', 'Bus lanes', 'programme 2021']) {
      expect(page).toContain(shown)
    }
    for (const name of PERSONAL) expect(page, name).not.toContain(name)
    // and no vote count rides along: the plan model has them, the page does not
    expect(page).not.toMatch(/"votes"/)
  })

  it('holds only the parts the planners chose', () => {
    const { model } = namedPlan()
    const page = buildPublicPlan(model, {
      parts: ['pathway', 'commitments'],
      publishedAt: '2026-03-04T08:00:00Z',
    })
    expect(page.parts).toEqual(['pathway', 'commitments'])
    expect(page.text).toBeNull()
    expect(page.measures).toBeNull()
    expect(page.investment).toBeNull()
    expect(page.pathway?.targetYear).toBe(2030)
    expect(page.pathway?.pathway.milestones.map((m) => m.year)).toEqual([2025, 2030])
    expect(page.commitments).toEqual([
      {
        organisation: 'Umeå Energi',
        kind: 'utility',
        sector: 'Energy',
        text: 'We install the panels on 40 schools',
        measure: 'Solar roofs on every school',
        target: { value: 40, unit: 'roofs', year: 2028 },
        tCO2eEquivalent: null,
        signedAt: '2026-03-03T19:00:00.000Z',
      },
    ])
  })

  it('gives the measures in the plan with their figures, in the plan’s order', () => {
    const { model } = namedPlan()
    const page = buildPublicPlan(model, { parts: ['measures'], publishedAt: 'x' })
    expect(page.measures?.map((m) => [m.title, m.totalCostEur, m.reductionTCO2ePerYear])).toEqual([
      ['Bus lanes on the ring road', 900_000, 500],
      ['Solar roofs on every school', 5_100_000, 1200],
    ])
  })

  it('puts the text under its section’s heading, with the part it belongs to', () => {
    const { model } = namedPlan()
    const page = buildPublicPlan(model, { parts: ['text'], publishedAt: 'x' })
    expect(page.text?.sections.map((s) => [s.number, s.title, s.level])).toEqual([
      ['A', 'Part A – Current state', 1],
      ['A-2', 'A-2 Current policies', 2],
    ])
  })
})

describe('publicText ([G7])', () => {
  it('keeps how the text reads and drops what a node or mark carries beyond it', () => {
    expect(
      publicText([
        {
          type: 'paragraph',
          attrs: { authorId: 'p-zofia' },
          content: [
            {
              type: 'text',
              text: 'See ',
              marks: [{ type: 'comment', attrs: { author: 'Zofia Wąsowska' } }],
            },
            {
              type: 'text',
              text: 'the decision',
              marks: [{ type: 'link', attrs: { href: 'https://example.org', target: '_x' } }],
            },
            { type: 'text', text: '.', marks: [{ type: 'link', attrs: { href: 'javascript:x' } }] },
            {
              type: 'mention',
              attrs: { id: 'p-zofia' },
              content: [{ type: 'text', text: 'someone' }],
            },
          ],
        },
      ]),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'See ' },
          {
            type: 'text',
            text: 'the decision',
            marks: [{ type: 'link', attrs: { href: 'https://example.org' } }],
          },
          { type: 'text', text: '.' },
          { type: 'text', text: 'someone' },
        ],
      },
    ])
  })
})
