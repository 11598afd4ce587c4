import type { PlanModel } from '@pactboard/shared/plan'
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from 'docx'
import { type Block, orientedStretches, planBlocks } from './blocks.ts'
import { CHART_HEIGHT_PX, CHART_WIDTH_PX, renderPathwayPng } from './chart.ts'
import { ORDERED_LIST_REFERENCE, proseToDocx } from './docxProse.ts'
import { LANDSCAPE_WIDTH_TWIPS, PORTRAIT_WIDTH_TWIPS, renderDocxTable } from './docxTable.ts'
import type { ExportText } from './exportText.ts'

/**
 * The planners' main format: an editable Word document with the CCC numbering as real headings
 * (so Word's navigation pane and table of contents work), the tables as Word tables and the
 * pathway chart as a PNG.
 */

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const
// A4 portrait less 2.5 cm margins is about 16 cm, 605 px at 96 dpi
const CHART_DOC_WIDTH_PX = 605

// Word's built-in heading ids, restyled: space above, kept with what follows
const HEADING_STYLES = (
  [
    ['Title', 'Title', 48, 0],
    ['Heading1', 'Heading 1', 34, 480],
    ['Heading2', 'Heading 2', 28, 320],
    ['Heading3', 'Heading 3', 24, 240],
  ] as const
).map(([id, name, size, before]) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { size, bold: true, color: '1F3864' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
}))

export async function renderDocx(model: PlanModel, text: ExportText): Promise<Buffer> {
  const document = new Document({
    creator: 'Pactboard',
    title: text.t('text.title', { city: model.workshop.city }),
    // the language tag makes Word spell-check Swedish plans in Swedish
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: text.locale } },
          paragraph: { spacing: { after: 100 } },
        },
      },
      paragraphStyles: HEADING_STYLES,
    },
    numbering: {
      config: [
        {
          reference: ORDERED_LIST_REFERENCE,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: orientedStretches(planBlocks(model, text)).map(({ landscape, blocks }) => ({
      properties: landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {},
      children: blocks.flatMap((block) => renderBlock(block, model, text, landscape)),
    })),
  })
  return Packer.toBuffer(document)
}

function renderBlock(
  block: Block,
  model: PlanModel,
  text: ExportText,
  landscape: boolean,
): (Paragraph | Table)[] {
  switch (block.type) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }),
        new Paragraph({ children: [new TextRun({ text: block.subtitle, italics: true })] }),
      ]
    case 'heading':
      return [
        new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] }),
      ]
    case 'prose':
      return proseToDocx(block.nodes)
    case 'paragraph':
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, italics: block.italic })] }),
      ]
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }))
    case 'chart': {
      if (!model.pathway) return []
      const height = Math.round((CHART_DOC_WIDTH_PX * CHART_HEIGHT_PX) / CHART_WIDTH_PX)
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: renderPathwayPng(model.pathway, text),
              transformation: { width: CHART_DOC_WIDTH_PX, height },
              altText: { name: 'pathway', title: block.caption, description: block.caption },
            }),
          ],
        }),
        new Paragraph({
          children: [new TextRun({ text: block.caption, italics: true, size: 18 })],
        }),
      ]
    }
    case 'table':
      return [
        renderDocxTable(block, text, landscape ? LANDSCAPE_WIDTH_TWIPS : PORTRAIT_WIDTH_TWIPS),
        new Paragraph({}),
      ]
  }
}
