import {
  addActor,
  addToPortfolio,
  emptyBaseline,
  type Language,
  recordCommitment,
  registerParticipant,
  setMeasureStatus,
  setPlanFigures,
  setVote,
  type Workshop,
} from '@pactboard/shared'
import { replacePlanDocument } from '@pactboard/shared/editor'
import { makeBoardDoc, makeParticipant } from '@pactboard/shared/test/fixtures'
import * as Y from 'yjs'

/**
 * A small, complete plan for the export tests: baseline 10 000 t (2019), −80 % by 2030, two
 * measures in the plan (bus lanes 500 t/yr, solar roofs 1200 t/yr), one proposal left out, votes,
 * an actor with a commitment, and text under A-2.
 */
export function makePlanDocs(overrides: { language?: Language; hostile?: boolean } = {}) {
  const workshop: Workshop = {
    id: 'w-export',
    title: 'Climate evening',
    city: 'Umeå',
    language: overrides.language ?? 'en',
    template: 'planner_sprint',
    createdAt: '2026-03-03T17:00:00.000Z',
    phase: null,
    joinLocked: false,
    settings: {
      anonymousAllowed: true,
      voteBudgetPerParticipant: 5,
      maxVotesPerMeasure: 3,
      moderation: false,
    },
  }
  const { doc: board, measures } = makeBoardDoc([
    {
      cost: {
        capexEur: 4_800_000,
        opexEurPerYear: 60_000,
        funding: [
          { source: 'Klimatklivet', type: 'national', amountEur: 1_500_000, status: 'secured' },
        ],
      },
      coBenefits: ['job_creation', 'cost_savings'],
    },
    {
      title: overrides.hostile
        ? '=HYPERLINK("http://evil.example","x")'
        : 'Bus lanes on the ring road',
      description: 'Dedicated lanes and signal priority.',
      fieldOfAction: 'mobility_transport',
      systemicLevers: ['governance_policy', 'technology_infrastructure'],
      emissionSectors: ['transport'],
      reduction: {
        tCO2ePerYearBySector: { transport: 500 },
        firstYear: 2025,
        rampUpYears: 0,
        confidence: 'high',
        method: 'Modal shift survey',
      },
      cost: { capexEur: 1_000_000, opexEurPerYear: -20_000, funding: [] },
      timeline: { startYear: 2025, endYear: 2029 },
      tags: overrides.hostile ? ['+cmd', '@sum'] : ['buses'],
      coBenefits: ['air_quality', 'reduced_noise'],
    },
    { title: 'Car-free Sundays', fieldOfAction: 'mobility_transport', actionType: 'pilot' },
  ])
  const [solar, bus, sundays] = measures as [
    (typeof measures)[0],
    (typeof measures)[0],
    (typeof measures)[0],
  ]
  const plan = new Y.Doc()
  const ledger = new Y.Doc()
  const baseline = emptyBaseline(2019)
  baseline.emissionsBySector.stationary_energy = {
    scope1TCO2ePerYear: 6000,
    scope2TCO2ePerYear: 2000,
    scope3TCO2ePerYear: 0,
  }
  baseline.emissionsBySector.transport = {
    scope1TCO2ePerYear: 2000,
    scope2TCO2ePerYear: 0,
    scope3TCO2ePerYear: 0,
  }
  setPlanFigures(plan, { baseline, target: { targetYear: 2030, reductionPct: 80 } })
  for (const m of [bus, solar]) {
    setMeasureStatus(board, m.id, 'in_plan')
    addToPortfolio(plan, m.id)
  }
  registerParticipant(ledger, makeParticipant())
  registerParticipant(ledger, makeParticipant({ id: 'p-bo', displayName: 'Bo', role: 'company' }))
  setVote(ledger, { participantId: 'p-anna', measureId: solar.id, count: 2 })
  setVote(ledger, { participantId: 'p-bo', measureId: solar.id, count: 1 })
  setVote(ledger, { participantId: 'p-bo', measureId: sundays.id, count: 3 })
  const energy = addActor(board, {
    name: 'Umeå Energi',
    kind: 'utility',
    sector: 'Energy',
    legalForm: 'AB',
    responsiblePerson: 'Eva Ek',
    position: 'CEO',
  })
  recordCommitment(ledger, {
    id: 'c1',
    actorId: energy.id,
    measureId: solar.id,
    text: 'We install the panels on all 40 schools',
    target: { value: 40, unit: 'roofs', year: 2028 },
    signedBy: 'p-bo',
    signedAt: '2026-03-03T19:00:00.000Z',
    withdrawn: null,
  })
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
  return { workshop, board, plan, ledger, measures: { solar, bus, sundays } }
}
