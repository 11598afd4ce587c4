import type { ProseMirrorJSON } from '@pactboard/shared'
import {
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

/**
 * The planners' text (ProseMirror JSON of the plan document) as DOCX paragraphs: headings,
 * paragraphs, bullet and numbered lists, bold/italic/strike/code, links and tables.
 */

export const ORDERED_LIST_REFERENCE = 'plan-ordered'

type Block = Paragraph | Table

const HEADINGS = [HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5] as const

function runs(nodes: ProseMirrorJSON[] = []): ParagraphChild[] {
  return nodes.map((node) => {
    if (node.type === 'hardBreak') return new TextRun({ text: '', break: 1 })
    const marks = new Set((node.marks ?? []).map((m) => m.type))
    const run = new TextRun({
      text: node.text ?? '',
      bold: marks.has('bold'),
      italics: marks.has('italic'),
      strike: marks.has('strike'),
      font: marks.has('code') ? 'Courier New' : undefined,
      style: marks.has('link') ? 'Hyperlink' : undefined,
    })
    const link = node.marks?.find((m) => m.type === 'link')
    const href = typeof link?.attrs?.href === 'string' ? link.attrs.href : null
    return href ? new ExternalHyperlink({ link: href, children: [run] }) : run
  })
}

function listItems(list: ProseMirrorJSON, level: number, instance: number): Block[] {
  const ordered = list.type === 'orderedList'
  return (list.content ?? []).flatMap((item) =>
    (item.content ?? []).flatMap((child, i): Block[] => {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        return listItems(child, level + 1, instance)
      }
      if (i > 0) return proseToDocx([child], level + 1)
      return [
        new Paragraph({
          children: runs(child.content),
          ...(ordered
            ? { numbering: { reference: ORDERED_LIST_REFERENCE, level, instance } }
            : { bullet: { level } }),
        }),
      ]
    }),
  )
}

function table(node: ProseMirrorJSON): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: (node.content ?? []).map(
      (row) =>
        new TableRow({
          children: (row.content ?? []).map(
            (cell) =>
              new TableCell({
                children: proseToDocx(cell.content ?? []).filter((b) => b instanceof Paragraph),
              }),
          ),
        }),
    ),
  })
}

let listInstance = 0

export function proseToDocx(nodes: ProseMirrorJSON[], level = 0): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'heading': {
        const depth = Math.min(HEADINGS.length - 1, Math.max(0, Number(node.attrs?.level ?? 1) - 1))
        return [new Paragraph({ heading: HEADINGS[depth], children: runs(node.content) })]
      }
      case 'bulletList':
      case 'orderedList':
        // each ordered list starts again at 1
        return listItems(node, level, ++listInstance)
      case 'blockquote':
        return proseToDocx(node.content ?? [], level)
      case 'codeBlock':
        return [
          new Paragraph({
            children: [
              new TextRun({
                text: (node.content ?? []).map((c) => c.text).join(''),
                font: 'Courier New',
              }),
            ],
          }),
        ]
      case 'table':
        return [table(node), new Paragraph({})]
      case 'horizontalRule':
        return [new Paragraph({ thematicBreak: true })]
      default:
        return [new Paragraph({ children: runs(node.content) })]
    }
  })
}
