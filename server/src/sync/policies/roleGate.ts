import { canWriteDoc, type DocName, type TokenClaims } from '@pactboard/shared'

/** [P1–P5] Whether the token's role writes `doc` at all: the first thing every policy asks. */
export function roleRefusal(claims: TokenClaims, doc: DocName): string | null {
  return canWriteDoc(claims.role, doc) ? null : `read-only: ${claims.role} may not write ${doc}`
}

/** A change under a root the doc does not have, or content outside its entries. */
export function strayRefusal(stray: string | null): string | null {
  return stray === null ? null : `refused: ${stray}`
}
