import {
  actorSchema,
  commentSchema,
  DOC_LAYOUTS,
  measureSchema,
  reactionKindSchema,
} from '@pactboard/shared'
import * as Y from 'yjs'

/**
 * [P21] What must hold of any stored board, whatever was sent: read raw, without the helpers
 * that skip what does not parse. Returns what is wrong; empty when the board is sound.
 */
export function boardViolations(doc: Y.Doc): string[] {
  const wrong: string[] = []
  for (const [name, type] of doc.share) {
    const hasContent = type._map.size > 0 || type._start !== null
    if (!(name in DOC_LAYOUTS.board) && hasContent) wrong.push(`unknown root ${name}`)
    if (name in DOC_LAYOUTS.board && type._start !== null) wrong.push(`list content in ${name}`)
  }
  const entries = (root: string) => doc.getMap<unknown>(root)
  for (const [key, value] of entries('measures')) {
    const parsed = value instanceof Y.Map ? measureSchema.safeParse(value.toJSON()) : null
    if (!parsed?.success) wrong.push(`measure ${key} does not parse`)
    else if (parsed.data.id !== key) wrong.push(`measure ${key} has id ${parsed.data.id}`)
  }
  for (const [key, value] of entries('comments')) {
    const parsed = value instanceof Y.Map ? commentSchema.safeParse(value.toJSON()) : null
    if (!parsed?.success) wrong.push(`comment ${key} does not parse`)
    else if (parsed.data.id !== key) wrong.push(`comment ${key} has id ${parsed.data.id}`)
  }
  for (const [key, value] of entries('reactions')) {
    const [measureId, participantId, kind, ...rest] = key.split(':')
    const valid =
      value === true &&
      Boolean(measureId && participantId) &&
      rest.length === 0 &&
      reactionKindSchema.safeParse(kind).success
    if (!valid) wrong.push(`reaction ${key} is not one`)
  }
  for (const [key, value] of entries('actors')) {
    const parsed = actorSchema.safeParse(value)
    if (!parsed.success || parsed.data.id !== key) wrong.push(`actor ${key} does not parse`)
  }
  return wrong
}
