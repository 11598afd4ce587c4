/**
 * Join codes are read aloud in a hall and typed on phones: six characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), shown as `ABC-DEF`.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679'
export const JOIN_CODE_LENGTH = 6

/** Upper-cases and drops spaces and dashes; returns null when it cannot be a join code. */
export function normalizeJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== JOIN_CODE_LENGTH) return null
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return null
  return code
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`
}

/** Draws a code from `randomValues` (bytes from a CSPRNG), rejecting bytes that would bias it. */
export function makeJoinCode(randomValues: (length: number) => Uint8Array): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length)
  let code = ''
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomValues(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) {
        code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]
      }
    }
  }
  return code
}
