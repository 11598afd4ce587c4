import { describe, expect, it } from 'vitest'
import { makeLibraryFile, makeMeasureFields } from '../test/fixtures.ts'
import { libraryFileSchema, measureFieldsFromLibrary, toLibraryMeasure } from './library.ts'
import { LIBRARY_MAX_MEASURES } from './libraryFormat.ts'
import { measureFieldsSchema } from './measure.ts'

const valid = makeLibraryFile()
const [first] = valid.measures
if (!first) throw new Error('the fixture has measures')

/** The file with `key: value` added at `where` (a path of keys and indexes into it). */
function withKey(where: (string | number)[], key: string, value: unknown): unknown {
  const copy = structuredClone(valid) as unknown as Record<string, unknown>
  let at: Record<string | number, unknown> = copy
  for (const step of where) at = at[step] as Record<string | number, unknown>
  at[key] = value
  return copy
}

describe('[W15] a measure library file', () => {
  it('parses a library as an export writes it', () => {
    expect(libraryFileSchema.parse(valid)).toEqual(valid)
  })

  it.each([
    [[], 'comments', []],
    [[], 'participants', [{ displayName: 'Anna' }]],
    [['origin'], 'contact', 'anna@helsingborg.se'],
    [['measures', 0], 'proposer', { participantId: 'p-anna', actorId: null }],
    [['measures', 0], 'responsibleActors', [{ actorId: 'a-1', role: 'primary' }]],
    [['measures', 0], 'involvedStakeholders', ['Skånetrafiken']],
    [['measures', 0], 'votes', 12],
    [['measures', 0], 'dots', 12],
    [['measures', 0], 'reactions', { support: 3 }],
    [['measures', 0, 'cost'], 'funding', [{ source: 'Vattenfall AB' }]],
    [['measures', 0, 'reduction'], 'author', 'Anna'],
    [['measures', 0, 'timeline'], 'owner', 'Anna'],
  ] as const)('refuses a file that adds %j.%s: strict everywhere', (where, key, value) => {
    const result = libraryFileSchema.safeParse(withKey([...where], key, value))
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys')
  })

  it('refuses another format or version, and a file of no measures or too many', () => {
    for (const file of [
      { ...valid, format: 'pactboard-export' },
      { ...valid, version: 2 },
      { ...valid, measures: [] },
      { ...valid, measures: Array.from({ length: LIBRARY_MAX_MEASURES + 1 }, () => first) },
      { ...valid, exportedAt: 'yesterday' },
      { ...valid, measures: [{ ...first, title: 'x'.repeat(141) }] },
      { ...valid, origin: { ...valid.origin, name: 'x'.repeat(121) } },
    ]) {
      expect(libraryFileSchema.safeParse(file).success).toBe(false)
    }
  })
})

describe('[W16] a measure as a library carries it', () => {
  it('takes the candidate’s words and the board’s figures, and nothing of a person', () => {
    const onBoard = makeMeasureFields({
      title: 'Old title',
      responsibleActors: [{ actorId: 'a-vattenfall', role: 'primary' }],
      involvedStakeholders: ['Skånetrafiken'],
      cost: {
        capexEur: 100,
        opexEurPerYear: 5,
        funding: [{ source: 'Vattenfall AB', type: 'private', amountEur: 100, status: 'secured' }],
      },
    })
    const measure = toLibraryMeasure(
      { title: 'Solar roofs', description: 'On schools', fieldOfAction: 'energy_systems' },
      onBoard,
    )
    expect(measure).toMatchObject({
      title: 'Solar roofs',
      description: 'On schools',
      reduction: onBoard.reduction,
      cost: { capexEur: 100, opexEurPerYear: 5 },
    })
    expect(Object.keys(measure)).not.toContain('responsibleActors')
    expect(Object.keys(measure)).not.toContain('involvedStakeholders')
    expect(JSON.stringify(measure)).not.toMatch(/Vattenfall|Skånetrafiken|a-vattenfall/)
    expect(libraryFileSchema.parse({ ...valid, measures: [measure] }).measures[0]).toEqual(measure)
  })
})

describe('[W19] a library measure as a new card', () => {
  it('opens its description with the credit, with no organisation or funding line', () => {
    const fields = measureFieldsFromLibrary(first, 'Adapted from Helsingborgs stad, 2026.')
    expect(fields.description).toBe(`Adapted from Helsingborgs stad, 2026.\n\n${first.description}`)
    expect(fields).toMatchObject({ responsibleActors: [], involvedStakeholders: [] })
    expect(fields.cost.funding).toEqual([])
    expect(measureFieldsSchema.parse(fields)).toEqual(fields)
  })

  it('shortens a description that would outgrow a card once credited', () => {
    const long = { ...first, description: 'a'.repeat(5000) }
    const fields = measureFieldsFromLibrary(long, 'Adapted from Helsingborgs stad, 2026.')
    expect(fields.description).toHaveLength(5000)
    expect(fields.description.endsWith('…')).toBe(true)
    expect(measureFieldsSchema.safeParse(fields).success).toBe(true)
  })
})
