import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './passwords.ts'

describe('staff passwords', () => {
  it('hashes with argon2id at OWASP’s parameters, salted, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery')
    const second = await hashPassword('correct horse battery')
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(second).not.toBe(first)
    expect(await verifyPassword(first, 'correct horse battery')).toBe(true)
    expect(await verifyPassword(first, 'correct horse batterY')).toBe(false)
  })

  it('[W5] does the work of a verify for an account without a hash, and answers false', async () => {
    expect(await verifyPassword(null, 'pactboard: no such account')).toBe(false)
    expect(await verifyPassword('not a hash', 'anything')).toBe(false)
  })
})
