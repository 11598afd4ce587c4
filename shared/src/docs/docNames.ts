/** The Yjs documents a workshop consists of (DESIGN §3); a permission is a property of a doc. */
export const DOC_NAMES = ['control', 'board', 'plan', 'ledger'] as const
export type DocName = (typeof DOC_NAMES)[number]

export function isDocName(value: string): value is DocName {
  return (DOC_NAMES as readonly string[]).includes(value)
}
