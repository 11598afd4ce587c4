import { createRequire } from 'node:module'
import type { PlanModel } from '@pactboard/shared/plan'
import type { Content, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import {
  type Block,
  orientedStretches,
  planBlocks,
  type TableBlock,
  WIDE_TABLE_COLUMNS,
} from './blocks.ts'
import { renderPathwayPng } from './chart.ts'
import type { ExportText } from './exportText.ts'
import { ROBOTO_STYLES, type RobotoStyle, robotoFont } from './fonts.ts'
import { proseToPdf } from './pdfProse.ts'

/**
 * The plan as a paginated PDF (pdfmake 0.2's Node printer, Roboto embedded from pdfmake's own
 * vfs: no network, no system fonts, and å/ä/ö/− all print). Same blocks as the DOCX.
 */

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void
  on(event: 'end' | 'error', listener: (arg?: unknown) => void): void
  end(): void
}
type PdfPrinterClass = new (
  fonts: TFontDictionary | Record<string, Record<RobotoStyle, Buffer>>,
) => { createPdfKitDocument(definition: TDocumentDefinitions): PdfKitDocument }

// pdfmake 0.2's Node entry is a CommonJS class; its @types describe the 0.3 browser API
const PdfPrinter = createRequire(import.meta.url)('pdfmake') as PdfPrinterClass

let printer: InstanceType<PdfPrinterClass> | null = null
function getPrinter() {
  if (!printer) {
    const roboto = Object.fromEntries(
      (Object.keys(ROBOTO_STYLES) as RobotoStyle[]).map((style) => [style, robotoFont(style)]),
    ) as Record<RobotoStyle, Buffer>
    printer = new PdfPrinter({ Roboto: roboto })
  }
  return printer
}

// A4 (595 pt wide) less 40 pt margins on each side
const CONTENT_WIDTH_PT = 515
const WIDE_TABLE_FONT_PT = 6.5

export function renderPdf(model: PlanModel, text: ExportText): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    info: { title: text.t('text.title', { city: model.workshop.city }), creator: 'Pactboard' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 6] },
      subtitle: { fontSize: 10, italics: true, color: '#555555', margin: [0, 0, 0, 18] },
      h1: { fontSize: 17, bold: true, margin: [0, 16, 0, 8] },
      h2: { fontSize: 13.5, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] },
      proseHeading: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      table: { fontSize: 7.5, margin: [0, 2, 0, 10] },
      tableHeader: { bold: true, fillColor: '#e8eef4' },
      caption: { fontSize: 8.5, italics: true, color: '#555555', margin: [0, 2, 0, 10] },
      code: { fontSize: 9, margin: [0, 0, 0, 6] },
    },
    footer: (page: number, pages: number) => ({
      text: `${model.workshop.city} · ${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#777777',
      margin: [0, 20, 0, 0],
    }),
    // a heading is never the last thing on a page: it moves to the next page with its text
    // (0.2's signature: the nodes that follow on the page, an array; the 0.3 types say otherwise)
    pageBreakBefore: ((node: { headlineLevel?: number }, following: unknown[]) =>
      node.headlineLevel !== undefined && following.length === 0) as never,
    // wide tables get landscape pages, as in the DOCX: Finnish compounds ("Päästövähennys")
    // overflow a 12-column table in portrait
    content: orientedStretches(planBlocks(model, text)).map(({ landscape, blocks }, i) => ({
      stack: blocks.map((block) => renderBlock(block, model, text)),
      ...(i > 0
        ? { pageBreak: 'before', pageOrientation: landscape ? 'landscape' : 'portrait' }
        : {}),
    })),
  }
  return new Promise((resolve, reject) => {
    const document = getPrinter().createPdfKitDocument(definition)
    const chunks: Buffer[] = []
    document.on('data', (chunk) => chunks.push(chunk))
    document.on('end', () => resolve(Buffer.concat(chunks)))
    document.on('error', reject)
    document.end()
  })
}

function renderBlock(block: Block, model: PlanModel, text: ExportText): Content {
  switch (block.type) {
    case 'title':
      return [
        { text: block.text, style: 'title' },
        { text: block.subtitle, style: 'subtitle' },
      ]
    case 'heading':
      // a heading never ends a page alone
      return { text: block.text, style: `h${block.level}`, headlineLevel: block.level }
    case 'prose':
      return proseToPdf(block.nodes)
    case 'paragraph':
      return { text: block.text, italics: block.italic ?? false, margin: [0, 0, 0, 6] }
    case 'bullets':
      return { ul: block.items, margin: [0, 0, 0, 8] }
    case 'chart':
      if (!model.pathway) return []
      return [
        {
          image: `data:image/png;base64,${renderPathwayPng(model.pathway, text).toString('base64')}`,
          width: CONTENT_WIDTH_PT,
        },
        { text: block.caption, style: 'caption' },
      ]
    case 'table':
      return renderTable(block, text)
  }
}

function renderTable(block: TableBlock, text: ExportText): Content {
  const header = block.header.map((h) => ({ text: h, style: 'tableHeader' }))
  const totalIndex = block.totalRow ? block.rows.length - 1 : -1
  const body = block.rows.map((cells, r) =>
    cells.map((cell, i) => ({
      text: text.format(cell),
      alignment: cell.type === 'number' ? ('right' as const) : ('left' as const),
      bold: (block.keyValue === true && i === 0) || r === totalIndex,
    })),
  )
  const wide = block.header.length >= WIDE_TABLE_COLUMNS
  return {
    style: 'table',
    // pdfmake never breaks inside a word, so a wide table shrinks its type and lets each column
    // take what its content needs (HTML's auto layout) instead of equal shares
    ...(wide ? { fontSize: WIDE_TABLE_FONT_PT } : {}),
    table: {
      headerRows: block.keyValue ? 0 : 1,
      dontBreakRows: true,
      widths: block.keyValue ? ['40%', '*'] : block.header.map(() => (wide ? 'auto' : '*')),
      body: block.keyValue ? body : [header, ...body],
    },
    layout: 'lightHorizontalLines',
  }
}
