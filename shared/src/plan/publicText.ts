import type { ProseMirrorJSON } from '../protocol/planApi.ts'

/**
 * [G7] The plan's text as the public page may carry it: only the nodes, marks and attributes of
 * the plan's schema (editor/extensions.ts) that say how the text reads, copied one by one. A
 * node of another kind goes with what is under it; a link keeps only an http(s) or mailto
 * address. So whatever a future extension stores on a node (an author, an id) stays behind.
 */

const NODE_ATTRS: Record<string, readonly string[]> = {
  paragraph: [],
  text: [],
  heading: ['level'],
  bulletList: [],
  orderedList: ['start'],
  listItem: [],
  blockquote: [],
  codeBlock: [],
  hardBreak: [],
  horizontalRule: [],
  table: [],
  tableRow: [],
  tableHeader: ['colspan', 'rowspan'],
  tableCell: ['colspan', 'rowspan'],
}

const MARK_ATTRS: Record<string, readonly string[]> = {
  bold: [],
  italic: [],
  strike: [],
  underline: [],
  code: [],
  link: ['href'],
}

const SAFE_HREF = /^(https?:|mailto:)/i

function pickAttrs(
  attrs: Record<string, unknown> | undefined,
  names: readonly string[],
): Record<string, string | number> | null {
  const picked: Record<string, string | number> = {}
  for (const name of names) {
    const value = attrs?.[name]
    if (typeof value === 'number' && Number.isFinite(value)) picked[name] = value
    else if (typeof value === 'string') picked[name] = value
  }
  return Object.keys(picked).length > 0 ? picked : null
}

function publicMarks(marks: ProseMirrorJSON['marks']): ProseMirrorJSON['marks'] {
  const kept: NonNullable<ProseMirrorJSON['marks']> = []
  for (const mark of marks ?? []) {
    const names = MARK_ATTRS[mark.type]
    if (!names) continue
    const attrs = pickAttrs(mark.attrs, names)
    if (mark.type === 'link' && !SAFE_HREF.test(String(attrs?.href ?? ''))) continue
    kept.push(attrs ? { type: mark.type, attrs } : { type: mark.type })
  }
  return kept.length > 0 ? kept : undefined
}

function publicNode(node: ProseMirrorJSON): ProseMirrorJSON[] {
  const names = NODE_ATTRS[node.type]
  const content = (node.content ?? []).flatMap(publicNode)
  if (!names) return content
  const copy: ProseMirrorJSON = { type: node.type }
  const attrs = pickAttrs(node.attrs, names)
  if (attrs) copy.attrs = attrs
  if (node.type === 'text') {
    copy.text = typeof node.text === 'string' ? node.text : ''
    const marks = publicMarks(node.marks)
    if (marks) copy.marks = marks
  } else if (content.length > 0) copy.content = content
  return [copy]
}

export function publicText(nodes: readonly ProseMirrorJSON[]): ProseMirrorJSON[] {
  return nodes.flatMap(publicNode)
}
