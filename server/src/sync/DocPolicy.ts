import type { DocChange, DocLayout, DocName, TokenClaims } from '@pactboard/shared'
import type * as Y from 'yjs'

/**
 * What one doc allows, in two small hooks (the Hocuspocus style): the sync core knows no doc by
 * name; `app.ts` registers one policy per doc (policies/).
 *
 * An update's way: socket → connection limits → room → `gate` (may this connection write this
 * doc now at all: role, phase; costs nothing when it refuses) → Yjs integrates the update into
 * the room's doc inside one transaction → `judge` (the change it made, against the doc's rules)
 * → append → relay. A refusal at either hook is never appended or relayed: after `judge` the
 * room is rebuilt from the store ([D2]).
 */
export interface DocPolicy {
  readonly doc: DocName
  /** The doc's roots: a change under any other is refused before `judge` is asked. */
  readonly layout: DocLayout
  /** Docs of the same workshop the hooks read; the registry loads them first and keeps them. */
  readonly dependsOn: readonly DocName[]
  /** Why `claims` may not write the doc now (told to the client), or null. */
  gate(claims: TokenClaims, context: PolicyContext): string | null
  /** Why the change an update made may not stand, or null; `doc` is the doc after the change. */
  judge(doc: Y.Doc, change: DocChange, claims: TokenClaims, context: PolicyContext): string | null
}

export interface PolicyContext {
  /** A loaded doc this policy depends on (one of its `dependsOn`). */
  dependency(name: DocName): Y.Doc
}

export type DocPolicies = Readonly<Record<DocName, DocPolicy>>
