import { mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Roboto, as pdfmake ships it (base64 in its vfs), for the PDF and for the chart's PNG: the
 * exports then look the same on any host, with or without system fonts, and need no network.
 */

export const ROBOTO_STYLES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const
export type RobotoStyle = keyof typeof ROBOTO_STYLES

let vfs: Record<string, string> | null = null

export function robotoFont(style: RobotoStyle): Buffer {
  vfs ??= createRequire(import.meta.url)('pdfmake/build/vfs_fonts.js') as Record<string, string>
  const base64 = vfs[ROBOTO_STYLES[style]]
  if (!base64) throw new Error(`pdfmake has no ${ROBOTO_STYLES[style]}`)
  return Buffer.from(base64, 'base64')
}

let files: string[] | null = null

/**
 * The font files on disk, for resvg (which reads fonts from files only): written once into the
 * temporary directory and reused by later processes; a rename makes a half-written file invisible.
 */
export function robotoFiles(): string[] {
  if (files) return files
  const dir = join(tmpdir(), 'pactboard-fonts')
  mkdirSync(dir, { recursive: true })
  files = (['normal', 'bold'] as const).map((style) => {
    const path = join(dir, ROBOTO_STYLES[style])
    const font = robotoFont(style)
    if (sizeOf(path) !== font.length) {
      const partial = `${path}.${process.pid}.tmp`
      writeFileSync(partial, font)
      renameSync(partial, path)
    }
    return path
  })
  return files
}

function sizeOf(path: string): number | null {
  try {
    return statSync(path).size
  } catch {
    return null
  }
}
