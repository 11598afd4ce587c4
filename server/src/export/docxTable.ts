import type { Cell } from '@pactboard/shared/plan'
import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { TableBlock } from './blocks.ts'
import type { ExportText } from './exportText.ts'

/**
 * A plan table as a Word table with column widths fitted to the content: without widths Word and
 * LibreOffice give every column the same share, and a 12-column portfolio then breaks its words
 * in the middle ("Meas|ure").
 */

// A4 (11 906 × 16 838 twips) less the default 1-inch margins
export const PORTRAIT_WIDTH_TWIPS = 11_906 - 2 * 1440
export const LANDSCAPE_WIDTH_TWIPS = 16_838 - 2 * 1440
const TABLE_FONT_HALF_POINTS = 16
// A character at 8 pt is up to 5.2 pt wide (digits; DejaVu, which LibreOffice puts in for
// Calibri, is wider than Calibri): 105 twips; the cell margins add 216
const CHAR_TWIPS = 105
const CELL_PADDING_TWIPS = 220
const MAX_DESIRED_CHARS = 40
const HEADER_FILL = 'E8EEF4'

// A bold heading's letters are wider: "Nro" in bold needs about what "Nro " does in regular.
const BOLD_WIDTH = 1.2

/**
 * Widths in twips: each column at least its longest word, the rest shared by content length. The
 * first value of each column is its bold heading when `boldHeading` is set.
 */
export function fitColumnWidths(columns: string[][], total: number, boldHeading = false): number[] {
  const words = (value: string) => value.split(/\s+/).map((w) => w.length)
  const longestWord = (values: string[]) =>
    Math.max(
      1,
      ...values.flatMap((v, i) =>
        boldHeading && i === 0 ? words(v).map((n) => n * BOLD_WIDTH) : words(v),
      ),
    )
  const longest = (values: string[]) => Math.max(1, ...values.map((v) => v.length))
  const min = columns.map((values) => longestWord(values) * CHAR_TWIPS + CELL_PADDING_TWIPS)
  const desired = columns.map((values, i) =>
    Math.max(
      min[i]!,
      Math.min(longest(values), MAX_DESIRED_CHARS) * CHAR_TWIPS + CELL_PADDING_TWIPS,
    ),
  )
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  let widths: number[]
  if (sum(desired) <= total) widths = desired.map((d) => (d * total) / sum(desired))
  else if (sum(min) <= total) {
    const share = (total - sum(min)) / (sum(desired) - sum(min))
    widths = min.map((m, i) => m + (desired[i]! - m) * share)
  } else {
    // Too wide even at the longest words (Finnish compounds): the letters are estimated wide
    // (CHAR_TWIPS), so shrink those and keep each cell's padding whole, or short words break.
    const letters =
      (total - columns.length * CELL_PADDING_TWIPS) /
      (sum(min) - columns.length * CELL_PADDING_TWIPS)
    widths = min.map((m) => CELL_PADDING_TWIPS + (m - CELL_PADDING_TWIPS) * letters)
  }
  return widths.map(Math.floor)
}

function cellParagraph(value: string, bold: boolean, right: boolean): Paragraph {
  return new Paragraph({
    alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text: value, bold, size: TABLE_FONT_HALF_POINTS })],
  })
}

export function renderDocxTable(block: TableBlock, text: ExportText, totalTwips: number): Table {
  const formatted = block.rows.map((cells) => cells.map((cell) => text.format(cell)))
  const columns = block.header.map((h, i) => [
    ...(block.keyValue ? [] : [h]),
    ...formatted.map((row) => row[i] ?? ''),
  ])
  const widths = fitColumnWidths(columns, totalTwips, !block.keyValue)
  const width = (i: number) => ({ size: widths[i] ?? 0, type: WidthType.DXA })
  const header = block.keyValue
    ? []
    : [
        new TableRow({
          tableHeader: true,
          children: block.header.map(
            (h, i) =>
              new TableCell({
                width: width(i),
                shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
                children: [cellParagraph(h, true, false)],
              }),
          ),
        }),
      ]
  const body = block.rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (cell: Cell, i) =>
            new TableCell({
              width: width(i),
              children: [
                cellParagraph(
                  formatted[r]?.[i] ?? '',
                  (block.keyValue === true && i === 0) ||
                    (block.totalRow === true && r === block.rows.length - 1),
                  cell.type === 'number',
                ),
              ],
            }),
        ),
      }),
  )
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...header, ...body],
  })
}
