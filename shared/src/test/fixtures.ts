import * as Y from 'yjs'
import { addMeasure } from '../docs/board.ts'
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
    },
    ...overrides,
  }
}
