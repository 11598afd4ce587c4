import { planExportSchema } from '@pactboard/shared/plan'
import { describe, expect, it } from 'vitest'
import { FIXTURE_NOW as NOW, renderFixture as render } from '../../test/helpers/planFixture.ts'
import { readDocx, readPdf } from '../../test/helpers/readExports.ts'
import { exportText } from './exportText.ts'
import { contentDisposition } from './render.ts'

/** The plan as documents (DOCX, PDF, Markdown, JSON) and the exports' file names; spreadsheets.test.ts has XLSX and CSV. */

describe('DOCX', () => {
  it('has the CCC headings, the measures with their numbers, tables, text marks and the chart', async () => {
    const { body, contentType, fileName } = await render('docx')
    expect(contentType).toContain('wordprocessingml')
    expect(fileName).toBe('umea-climate-plan-2026-03-04.docx')
    const { xml, text, zip } = await readDocx(body as Buffer)
    for (const heading of [
      'Part A – Current state',
      'A-1 Emission baseline inventory',
      'A-2.3 Emissions gap',
      'B-1 Impact pathways',
      'B-2.1 Portfolio',
      'B-2.2 Action outlines',
      'C-1 Governance',
      'C-3.1 Financing',
      'Commitments',
      'Annex',
    ]) {
      expect(text).toContain(heading)
    }
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?A-1 Emission baseline inventory/)
    expect(text).toContain('Bus lanes on the ring road')
    expect(text).toContain('1. Bus lanes on the ring road')
    expect(text).toContain('10,000') // baseline total
    expect(text).toContain('6,300') // gap after the plan
    expect(text).toContain('1,063') // €/t of the solar roofs, 5.1 M€ / 4800 t
    expect(text).toContain('We install the panels on all 40 schools')
    expect(text).toContain('Eva Ek')
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(8)
    expect(xml).toMatch(/<w:b\/>.*?climate programme 2021/)
    const rels = await zip.file('word/_rels/document.xml.rels')?.async('string')
    expect(rels).toContain('https://example.org/decision')
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    const png = await zip.file(media[0]!)!.async('nodebuffer')
    expect(png.subarray(1, 4).toString()).toBe('PNG')
  })

  it('speaks Swedish for a Swedish workshop', async () => {
    const { text } = await readDocx((await render('docx', { language: 'sv' })).body as Buffer)
    for (const words of [
      'Del A – Nuläge',
      'A-1 Utsläppsinventering för basåret',
      'A-2.3 Utsläppsgap',
      'B-2.1 Åtgärdsportfölj',
      'C-3.1 Finansiering',
      'Åtaganden',
      'Bilaga',
      'Insatsområde',
      'Mobilitet och transporter',
      'Stationär energi',
      'Undertecknare',
      'Röster',
    ]) {
      expect(text).toContain(words)
    }
    expect(text).not.toContain('Emission baseline inventory')
  })
})

describe('in Finnish and French', () => {
  it('writes a Finnish DOCX for an English workshop when asked: headings, vocabulary, numbers, dates, file name', async () => {
    const { body, fileName } = await render('docx', {}, 'fi')
    expect(fileName).toBe('umea-ilmastosuunnitelma-2026-03-04.docx')
    const { text, zip } = await readDocx(body as Buffer)
    for (const words of [
      'Umeå: Ilmastokaupunkisopimus – toimintasuunnitelma',
      'Osa A – Nykytila',
      'A-1 Perusvuoden päästöinventaario',
      'A-2.3 Päästökuilu',
      'B-2.1 Toimenpidesalkku',
      'C-3.1 Rahoitus',
      'Sitoumukset',
      'Liite',
      'Toiminta-alue',
      'Liikkuminen ja liikenne',
      'Kiinteä energiankäyttö',
      'Allekirjoittajat',
      '4. maaliskuuta 2026',
    ]) {
      expect(text).toContain(words)
    }
    expect(text).toMatch(/10\s000/) // Finnish groups digits with a space
    expect(text).not.toContain('Emission baseline inventory')
    // the planners' own text stays as they wrote it
    expect(text).toContain('climate programme 2021')
    // Word spell-checks it in Finnish
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:val="fi-FI"')
  })

  it('writes French with its letters, quotes and spacing into the PDF', async () => {
    const { body, fileName } = await render('pdf', {}, 'fr')
    expect(fileName).toBe('umea-plan-climat-2026-03-04.pdf')
    const { text } = await readPdf(body as Buffer)
    for (const words of [
      'Contrat de ville climatique',
      'A-2.3 Écart d’émissions',
      'B-2.2 Fiches actions',
      'Stratégie pour les émissions résiduelles',
      'Systèmes énergétiques',
      'Création d’emplois',
    ]) {
      expect(text).toContain(words)
    }
    expect(text).toMatch(/«\s?Climate evening\s?»/)
  })

  it('gives the wide tables landscape pages, so long Finnish words fit (PDF and DOCX)', async () => {
    const pdf = (await render('pdf', {}, 'fi')).body as Buffer
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/)
    const { pages } = await readPdf(pdf)
    const portfolio = pages.find((page) => page.includes('B-2.1 Toimenpidesalkku'))
    expect(portfolio).toContain('Äänet')
    const { xml } = await readDocx((await render('docx', {}, 'fi')).body as Buffer)
    expect(xml).toContain('w:orient="landscape"')
  })

  it('writes Markdown in French, dates included', async () => {
    const md = (await render('md', {}, 'fr')).body as string
    expect(md).toContain('## Partie A – Situation actuelle')
    expect(md).toContain('4 mars 2026')
    expect(md).toMatch(/\| Énergie stationnaire \| 6\s000 \|/)
  })
})

describe('PDF', () => {
  it('is paginated and carries the titles, the numbers and the chart', async () => {
    const { body, contentType } = await render('pdf')
    expect(contentType).toBe('application/pdf')
    const { pages, text } = await readPdf(body as Buffer)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    for (const words of [
      'A-1 Emission baseline inventory',
      'A-2.3 Emissions gap',
      'B-2.2 Action outlines',
      'Solar roofs on every school',
      'Umeå Energi',
      '6,300',
      '5,100,000',
    ]) {
      expect(text).toContain(words)
    }
    expect((body as Buffer).toString('latin1')).toContain('/Subtype /Image')
  })

  it('prints Swedish letters', async () => {
    const { text } = await readPdf((await render('pdf', { language: 'sv' })).body as Buffer)
    expect(text).toContain('Utsläppsgap')
    expect(text).toContain('Åtaganden')
  })
})

describe('investment plan and milestones in DOCX and PDF', () => {
  it('has the part C tables by year, by measure, by source and type, and a row per milestone', async () => {
    const { text: docx } = await readDocx((await render('docx')).body as Buffer)
    const { text: pdf } = await readPdf((await render('pdf')).body as Buffer)
    for (const text of [docx, pdf]) {
      for (const words of [
        'Investment plan',
        'Investment needed, funding and gap by year',
        'Costs and funding by measure and year',
        'Funding by source',
        'Funding by type',
        'Milestones',
        'EIB',
        '2,840,000', // needed in 2026
        '6,000,000', // needed in all
        '2,500,000', // gap after all funding
      ]) {
        expect(text).toContain(words)
      }
    }
  })
})

describe('Markdown and JSON', () => {
  it('writes Markdown with the numbered headings and tables', async () => {
    const md = (await render('md')).body as string
    expect(md).toContain('### A-1 Emission baseline inventory')
    expect(md).toContain('| Stationary energy | 6,000 | 2,000 | 0 | 8,000 | 80 |')
    expect(md).toContain(
      'The **climate programme 2021** sets the course; see [the council decision](https://example.org/decision).',
    )
    expect(md).toContain('#### 2. Solar roofs on every school')
  })

  it('writes everything as JSON that the import schema reads', async () => {
    const json = JSON.parse((await render('json')).body as string)
    const data = planExportSchema.parse(json)
    expect(data.schemaVersion).toBe(1)
    expect(data.measures).toHaveLength(3)
    expect(data.votes).toHaveLength(3)
    expect(data.commitments).toHaveLength(1)
    expect(data.document?.content?.[0]?.type).toBe('heading')
  })
})

describe('file names', () => {
  it('names the file in the export language', async () => {
    for (const [language, name] of [
      ['en', 'climate-plan'],
      ['sv', 'klimatplan'],
      ['fi', 'ilmastosuunnitelma'],
      ['fr', 'plan-climat'],
    ] as const) {
      expect((await exportText(language)).fileName('Umeå', NOW, 'docx')).toBe(
        `umea-${name}-2026-03-04.docx`,
      )
    }
  })

  it('slugifies the city to ASCII and adds an RFC 5987 name', async () => {
    const { fileName } = await exportText('en')
    expect(fileName('Göteborg Stad', NOW, 'pdf')).toBe('goteborg-stad-climate-plan-2026-03-04.pdf')
    expect(fileName('Malmö/København', NOW, 'csv')).toBe(
      'malmo-kobenhavn-climate-plan-2026-03-04.csv',
    )
    expect(contentDisposition('malmö.pdf')).toBe(
      `attachment; filename="malm_.pdf"; filename*=UTF-8''malm%C3%B6.pdf`,
    )
  })
})
