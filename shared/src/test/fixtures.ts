import * as Y from 'yjs'
import { addActor, addMeasure, setMeasureStatus } from '../docs/board.ts'
import { recordCommitment, registerParticipant } from '../docs/ledger.ts'
import { addToPortfolio, setPlanFigures } from '../docs/plan.ts'
import type { ActorInput } from '../domain/actor.ts'
import { emptyBaseline, type Target } from '../domain/baseline.ts'
import type { Commitment, Vote } from '../domain/commitment.ts'
import type { LibraryFile } from '../domain/library.ts'
import { LIBRARY_FORMAT, LIBRARY_VERSION } from '../domain/libraryFormat.ts'
import { emptyMeasureFields, type Measure, type MeasureFields } from '../domain/measure.ts'
import type { Participant } from '../domain/participant.ts'
import type { Workshop } from '../domain/workshop.ts'

/** Valid measure fields with a recognisable title; override what the test is about. */
export function makeMeasureFields(overrides: Partial<MeasureFields> = {}): MeasureFields {
  return {
    ...emptyMeasureFields(),
    title: 'Solar roofs on every school',
    description: 'Photovoltaics on the 40 municipal school roofs.',
    fieldOfAction: 'energy_systems',
    systemicLevers: ['technology_infrastructure'],
    emissionSectors: ['stationary_energy'],
    reduction: {
      tCO2ePerYearBySector: { stationary_energy: 1200 },
      firstYear: 2026,
      rampUpYears: 2,
      confidence: 'medium',
      method: 'Yield 950 kWh/kWp, grid factor 0.25 kg/kWh',
    },
    cost: { capexEur: 4_800_000, opexEurPerYear: 60_000, funding: [] },
    timeline: { startYear: 2026, endYear: 2030 },
    ...overrides,
  }
}

export function makeParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    id: 'p-anna',
    displayName: 'Anna',
    role: 'participant',
    actorId: null,
    joinedAt: '2026-03-03T18:00:00.000Z',
    ...overrides,
  }
}

export function makeBoardDoc(measures: Partial<MeasureFields>[] = []): {
  doc: Y.Doc
  measures: Measure[]
} {
  const doc = new Y.Doc()
  const added = measures.map((fields, i) =>
    addMeasure(doc, {
      fields: makeMeasureFields(fields),
      proposer: { participantId: 'p-anna', actorId: null },
      now: new Date(Date.UTC(2026, 2, 3, 18, i)),
    }),
  )
  return { doc, measures: added }
}

export function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: 'w-1',
    title: 'Citizens evening',
    city: 'Umeå',
    language: 'en',
    template: 'citizen_workshop',
    createdAt: '2026-03-03T18:00:00.000Z',
    phase: null,
    joinLocked: false,
    settings: {
      anonymousAllowed: true,
      voteBudgetPerParticipant: 5,
      maxVotesPerMeasure: 3,
      moderation: false,
      secondLanguage: null,
    },
    ...overrides,
  }
}

export interface PlanDocsOptions {
  workshop?: Partial<Workshop>
  /** More fields for the solar roofs, the bus lanes and the car-free Sundays, in that order. */
  measures?: [Partial<MeasureFields>?, Partial<MeasureFields>?, Partial<MeasureFields>?]
  /** Registered in the ledger; Anna when absent. */
  participants?: Participant[]
  actor?: Partial<ActorInput>
  commitment?: Partial<Commitment>
  /** More for the target (−80 % by 2030): milestones, a reference year. */
  target?: Partial<Target>
}

/**
 * A small, complete plan, hand-checked: baseline 2019 = 8000 (stationary, 6000 + 2000) + 2000
 * (transport) = 10 000 t; −80 % by 2030 leaves 2000 t. In the plan, solar roofs: 1200 t/yr from
 * 2026, ramp-up 2 years, timeline 2026–2030: 1200 × (1/3 + 2/3 + 1 + 1 + 1) = 4800 t for 4.8 M€ +
 * 5 × 60 k€ = 5.1 M€ → 1062.5 €/t; bus lanes: 500 t/yr from 2025 at once, 2025–2029: 2500 t for
 * 1 M€ − 5 × 20 k€ = 0.9 M€ → 360 €/t. Car-free Sundays, a proposal left out. Votes (solar 2 + 1,
 * Sundays 3), and Umeå Energi's commitment to the solar roofs.
 */
export function makePlanDocs(options: PlanDocsOptions = {}) {
  const workshop = makeWorkshop({
    title: 'Climate evening',
    template: 'planner_sprint',
    createdAt: '2026-03-03T17:00:00.000Z',
    ...options.workshop,
  })
  const [solarFields, busFields, sundaysFields] = options.measures ?? []
  const { doc: board, measures } = makeBoardDoc([
    { ...solarFields },
    {
      title: 'Bus lanes on the ring road',
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
      ...busFields,
    },
    {
      title: 'Car-free Sundays',
      fieldOfAction: 'mobility_transport',
      reduction: {
        tCO2ePerYearBySector: {},
        firstYear: null,
        rampUpYears: 0,
        confidence: 'low',
        method: '',
      },
      ...sundaysFields,
    },
  ])
  const [solar, bus, sundays] = measures as [Measure, Measure, Measure]
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
  setPlanFigures(plan, {
    baseline,
    target: { targetYear: 2030, reductionPct: 80, ...options.target },
  })
  for (const m of [bus, solar]) {
    setMeasureStatus(board, m.id, 'in_plan')
    addToPortfolio(plan, m.id)
  }
  for (const participant of options.participants ?? [makeParticipant()]) {
    registerParticipant(ledger, participant)
  }
  // the dots as the server's store keeps them; no doc holds them
  const votes: Vote[] = [
    { participantId: 'p-anna', measureId: solar.id, count: 2 },
    { participantId: 'p-bo', measureId: solar.id, count: 1 },
    { participantId: 'p-bo', measureId: sundays.id, count: 3 },
  ]
  const energy = addActor(board, {
    name: 'Umeå Energi',
    kind: 'utility',
    sector: 'Energy',
    ...options.actor,
  })
  recordCommitment(ledger, {
    id: 'c1',
    actorId: energy.id,
    measureId: solar.id,
    text: 'We install the panels',
    target: { value: 40, unit: 'roofs', year: 2028 },
    signedBy: 'p-anna',
    signedAt: '2026-03-03T19:00:00.000Z',
    withdrawn: null,
    ...options.commitment,
  })
  return { workshop, board, plan, ledger, votes, measures: { solar, bus, sundays } }
}

/** [W15] A library of one Swedish city's measures, as an export writes it. */
export function makeLibraryFile(overrides: Partial<LibraryFile> = {}): LibraryFile {
  const { responsibleActors: _a, involvedStakeholders: _s, ...fields } = makeMeasureFields()
  return {
    format: LIBRARY_FORMAT,
    version: LIBRARY_VERSION,
    origin: { name: 'Helsingborgs stad', kind: 'city', language: 'sv' },
    exportedAt: '2026-03-10T09:00:00.000Z',
    measures: [
      { ...fields, cost: { capexEur: 4_800_000, opexEurPerYear: 60_000 } },
      {
        ...fields,
        title: 'Car-free city centre on Sundays',
        description: 'Streets for people one day a week.',
        fieldOfAction: 'mobility_transport',
        emissionSectors: ['transport'],
        reduction: { ...fields.reduction, tCO2ePerYearBySector: { transport: 300 } },
        cost: { capexEur: 0, opexEurPerYear: 20_000 },
      },
    ],
    ...overrides,
  }
}
