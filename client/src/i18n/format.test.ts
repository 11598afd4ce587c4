import { describe, expect, it } from 'vitest'
import { formatEur, formatNumber } from './format.ts'

describe('formatting', () => {
  it('writes euros compactly in the UI language', () => {
    expect(formatEur(1_200_000, 'en')).toBe('€1.2M')
    expect(formatEur(0, 'en')).toBe('€0')
    expect(formatEur(4_500, 'en')).toBe('€4,500')
    expect(formatEur(1_200_000, 'sv').replace(/\s/g, ' ')).toBe('1,2 mn €')
  })

  it('writes tonnes with the language’s separators', () => {
    expect(formatNumber(2500.25, 'en')).toBe('2,500.3')
    expect(formatNumber(2500.25, 'sv').replace(/\s/g, ' ')).toBe('2 500,3')
  })
})
