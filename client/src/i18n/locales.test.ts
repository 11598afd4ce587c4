import {
  ACTION_TYPES,
  ACTOR_KINDS,
  CO_BENEFITS,
  CONFIDENCE_LEVELS,
  EMISSION_SECTORS,
  FIELDS_OF_ACTION,
  FUNDING_STATUSES,
  FUNDING_TYPES,
  LANGUAGES,
  MEASURE_STATUSES,
  ROLES,
  SYSTEMIC_LEVERS,
  WORKSHOP_TEMPLATES,
} from '@pactboard/shared'
import { describe, expect, it } from 'vitest'
import { AREAS, messages } from './messages.ts'

const { en, sv } = messages

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  )
}

function valueAt(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree)
}

const VOCABULARIES: Record<string, readonly string[]> = {
  fieldOfAction: FIELDS_OF_ACTION,
  systemicLever: SYSTEMIC_LEVERS,
  emissionSector: EMISSION_SECTORS,
  actionType: ACTION_TYPES,
  measureStatus: MEASURE_STATUSES,
  coBenefit: CO_BENEFITS,
  confidence: CONFIDENCE_LEVELS,
  fundingType: FUNDING_TYPES,
  fundingStatus: FUNDING_STATUSES,
  actorKind: ACTOR_KINDS,
  role: ROLES,
  workshopTemplate: WORKSHOP_TEMPLATES,
}

describe('locales', () => {
  it('gives each feature area its own top-level keys', () => {
    for (const areas of Object.values(AREAS)) {
      const owners = new Map<string, string>()
      for (const [area, texts] of Object.entries(areas)) {
        for (const key of Object.keys(texts)) {
          expect(owners.get(key), `${key} in ${area}`).toBeUndefined()
          owners.set(key, area)
        }
      }
    }
  })

  it('Swedish has exactly the keys of English', () => {
    expect(keysOf(sv).sort()).toEqual(keysOf(en).sort())
  })

  it('has no empty text', () => {
    for (const [name, locale] of Object.entries({ en, sv })) {
      for (const key of keysOf(locale)) {
        expect(valueAt(locale, key), `${name}: ${key}`).toMatch(/\S/)
      }
    }
  })

  it('labels every value of every CCC vocabulary, in both languages', () => {
    for (const locale of [en, sv]) {
      for (const [vocabulary, values] of Object.entries(VOCABULARIES)) {
        expect(Object.keys(valueAt(locale, `enums.${vocabulary}`) as object).sort()).toEqual(
          [...values].sort(),
        )
      }
    }
  })

  it('names every language the app speaks', () => {
    for (const locale of [en, sv]) {
      expect(Object.keys(locale.languages).sort()).toEqual([...LANGUAGES].sort())
    }
  })

  it('keeps the same interpolation variables in a Swedish text as in its English one', () => {
    const variables = (text: unknown) =>
      [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
    for (const key of keysOf(en)) {
      expect(variables(valueAt(sv, key)), key).toEqual(variables(valueAt(en, key)))
    }
  })
})
