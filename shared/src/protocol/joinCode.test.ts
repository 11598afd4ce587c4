import { describe, expect, it } from 'vitest'
import { formatJoinCode, JOIN_CODE_ALPHABET, makeJoinCode, normalizeJoinCode } from './joinCode.ts'

const bytes = (length: number) => {
  const out = new Uint8Array(length)
  crypto.getRandomValues(out)
  return out
}

describe('join codes', () => {
  it('are six characters from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = makeJoinCode(bytes)
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`))
    }
  })

  it('contain no look-alike characters', () => {
    for (const ch of '0O1IL2Z5S8B') expect(JOIN_CODE_ALPHABET).not.toContain(ch)
  })

  it('skip bytes that would bias the draw', () => {
    const biased = (length: number) => new Uint8Array(length).fill(255)
    let calls = 0
    const code = makeJoinCode((length) => (++calls === 1 ? biased(length) : bytes(length)))
    expect(calls).toBeGreaterThan(1)
    expect(normalizeJoinCode(code)).toBe(code)
  })

  it('normalise what people type: case, spaces and the dash', () => {
    expect(normalizeJoinCode(' acd-efg ')).toBe('ACDEFG')
    expect(normalizeJoinCode('acd efg')).toBe('ACDEFG')
  })

  it('reject input that cannot be a code', () => {
    expect(normalizeJoinCode('ACDEF')).toBeNull()
    expect(normalizeJoinCode('ACDEF0')).toBeNull()
  })

  it('are shown in two groups of three', () => {
    expect(formatJoinCode('ACDEFG')).toBe('ACD-EFG')
  })
})
