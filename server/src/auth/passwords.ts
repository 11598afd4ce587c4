import { type Algorithm, hash, verify } from '@node-rs/argon2'

/**
 * Staff passwords, hashed with argon2id by @node-rs/argon2 (prebuilt N-API binaries, no
 * compiler). OWASP's Password Storage Cheat Sheet: argon2id with m=19 MiB, t=2, p=1 at least.
 * The PHC string keeps its parameters and salt, so stronger settings later still verify old hashes.
 */

// The library's `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read;
// its value is 2 (passwords.test.ts checks the hashes say argon2id).
const ARGON2ID = 2 as Algorithm

export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

// Hashed once per process, on first need: an unknown email is verified against it, so a sign-in
// costs one argon2 verify whether or not the email exists (no timing oracle for who has an account).
let dummyHash: Promise<string> | null = null

/**
 * Whether `password` is the one `passwordHash` was made from. With no hash (an unknown email, or
 * an account whose password was never set) it does the same work and answers false.
 */
export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  dummyHash ??= hashPassword('pactboard: no such account')
  const target = passwordHash ?? (await dummyHash)
  try {
    const matches = await verify(target, password)
    return passwordHash !== null && matches
  } catch {
    // A malformed stored hash is no match, and no crash.
    return false
  }
}
