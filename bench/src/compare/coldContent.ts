import { addMeasure, getPlanFragment } from '@pactboard/shared'
import { readPlanDocument, replacePlanDocument } from '@pactboard/shared/editor'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import * as Y from 'yjs'

/**
 * The cold-load scenario's content, written through a person's own doc as the app would: measures
 * one transaction each, the plan text a paragraph at a time, each paragraph an edit of the
 * Tiptap document (the plan's schema, shared/editor).
 */

const PLAN_PARAGRAPH_CHARS = 500
// A pause now and then keeps a seeder inside Pactboard's per-connection message budget.
const MEASURES_PER_PAUSE = 25
const PAUSE_MS = 20

const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS))

export async function addSeedMeasures(
  doc: Y.Doc,
  participantId: string,
  count: number,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    addMeasure(doc, {
      fields: makeMeasureFields({
        title: `Measure ${i + 1} of ${participantId}`,
        description: `Seeded measure ${i + 1}: ${'a plausible paragraph of reasoning. '.repeat(4)}`,
      }),
      proposer: { participantId, actorId: null },
    })
    if ((i + 1) % MEASURES_PER_PAUSE === 0) await pause()
  }
}

/** Appends `chars` characters of text to the plan, one paragraph (one transaction) at a time. */
export async function appendPlanText(doc: Y.Doc, chars: number): Promise<void> {
  let written = 0
  for (let n = 1; written < chars; n++) {
    const prefix = `Paragraph ${n}. `
    const length = Math.min(PLAN_PARAGRAPH_CHARS, chars - written)
    const text = (prefix + 'The city commits to the measures below. '.repeat(20)).slice(0, length)
    const current = readPlanDocument(doc)
    replacePlanDocument(doc, {
      ...current,
      content: [
        ...(current.content ?? []),
        { type: 'paragraph', content: [{ type: 'text', text }] },
      ],
    })
    written += length
    if (n % 10 === 0) await pause()
  }
}

/** Characters of text in the plan (the seeded section headings and prompts included). */
export function planTextLength(doc: Y.Doc): number {
  const count = (node: Y.XmlElement | Y.XmlFragment): number =>
    node
      .toArray()
      .reduce(
        (sum, child) =>
          sum +
          (child instanceof Y.XmlText
            ? child.length
            : count(child as Y.XmlElement | Y.XmlFragment)),
        0,
      )
  return count(getPlanFragment(doc))
}

/** Whether `doc` holds at least everything `stateVector` names. */
export function holdsState(doc: Y.Doc, stateVector: Uint8Array): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc))
  for (const [client, clock] of Y.decodeStateVector(stateVector)) {
    if ((have.get(client) ?? 0) < clock) return false
  }
  return true
}
