import type { ProseMirrorJSON } from '@pactboard/shared'
import type { Content } from 'pdfmake/interfaces'

/** The planners' text (ProseMirror JSON) as pdfmake content. */

const LINK_COLOR = '#1a5fb4'

function runs(nodes: ProseMirrorJSON[] = []): Content[] {
  return nodes.map((node): Content => {
    if (node.type === 'hardBreak') return { text: '\n' }
    const marks = new Set((node.marks ?? []).map((m) => m.type))
    const link = node.marks?.find((m) => m.type === 'link')?.attrs?.href
    return {
      text: node.text ?? '',
      bold: marks.has('bold'),
      italics: marks.has('italic'),
      ...(marks.has('strike') ? { decoration: 'lineThrough' as const } : {}),
      ...(typeof link === 'string'
        ? { link, color: LINK_COLOR, decoration: 'underline' as const }
        : {}),
    }
  })
}

function listItem(item: ProseMirrorJSON): Content {
  const parts = proseToPdf(item.content ?? [])
  return parts.length === 1 ? (parts[0] as Content) : { stack: parts }
}

export function proseToPdf(nodes: ProseMirrorJSON[]): Content[] {
  return nodes.map((node): Content => {
    switch (node.type) {
      case 'heading':
        return { text: runs(node.content), style: 'proseHeading' }
      case 'bulletList':
        return { ul: (node.content ?? []).map(listItem), margin: [0, 0, 0, 6] }
      case 'orderedList':
        return { ol: (node.content ?? []).map(listItem), margin: [0, 0, 0, 6] }
      case 'blockquote':
        return { stack: proseToPdf(node.content ?? []), margin: [16, 0, 0, 6], italics: true }
      case 'codeBlock':
        return { text: (node.content ?? []).map((c) => c.text).join(''), style: 'code' }
      case 'table':
        return {
          table: {
            body: (node.content ?? []).map((row) =>
              (row.content ?? []).map((cell) => ({ stack: proseToPdf(cell.content ?? []) })),
            ),
          },
          margin: [0, 0, 0, 8],
        }
      case 'horizontalRule':
        return {
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: 480, y2: 0, lineWidth: 0.5 }],
          margin: [0, 4, 0, 8],
        }
      default:
        return { text: runs(node.content), margin: [0, 0, 0, 6] }
    }
  })
}
