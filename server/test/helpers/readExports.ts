import JSZip from 'jszip'

/** Real readers for what the exports produce: the tests check files as a planner's tools see them. */

/** The DOCX's main part, and its text with the runs of a paragraph joined. */
export async function readDocx(body: Buffer): Promise<{ xml: string; text: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(body)
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const text = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .map(unescapeXml)
    .join('\n')
  return { xml, text, zip }
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The PDF's text, page by page, through pdf.js (its legacy build runs in Node). */
export async function readPdf(body: Buffer): Promise<{ pages: string[]; text: string }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const pdf = await getDocument({ data: new Uint8Array(body), useSystemFonts: false }).promise
  const pages: string[] = []
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  await pdf.destroy()
  return { pages, text: pages.join('\n') }
}
