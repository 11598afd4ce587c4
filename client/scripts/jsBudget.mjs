// The phone's JavaScript budget: what a participant's phone downloads to open the join link and
// the board, gzipped, must stay at or under 150 KB (150 × 1024 bytes). Run by the client's
// `npm test` after turbo has built the client (the test task depends on the build); it reads the
// build's manifest, so it counts exactly the chunks the browser is told to load.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 150 * 1024
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')

/**
 * What the join page and a participant's board load, as the manifest names their sources: the
 * entry (index.html), what it imports as it starts (main.tsx: zod's setting, then the app), and
 * one language's screen texts (the entry asks for the first screen's).
 * Everything these import statically comes with them; their dynamic imports (the facilitator's
 * console, the plan, the presentation, other languages) do not.
 */
const ENTRY = 'index.html'
const TEXTS = (language) =>
  ['screens.json', 'voting.json', 'moderation.json'].map(
    (file) => `../shared/src/i18n/locales/${language}/${file}`,
  )

function readManifest() {
  try {
    return JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'))
  } catch {
    console.error(
      'No client build to measure (client/dist/.vite/manifest.json): run `npx turbo run build --filter=@pactboard/client` first.',
    )
    process.exit(1)
  }
}

/** The chunks that `roots` load before they run: the roots and their static imports, recursively. */
function staticClosure(manifest, roots) {
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`${key} is not in the build's manifest; has it moved?`)
    if (files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const root of roots) visit(root)
  return [...files].filter((file) => file.endsWith('.js'))
}

function gzipBytes(file) {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

const manifest = readManifest()
const PHONE_ROOTS = [ENTRY, ...(manifest[ENTRY]?.dynamicImports ?? [])]
const languages = Object.keys(manifest)
  .map((key) => /^\.\.\/shared\/src\/i18n\/locales\/(\w+)\/screens\.json$/.exec(key)?.[1])
  .filter(Boolean)
  .sort()

// The heaviest language is the one measured: every phone must fit, whatever it speaks.
const perLanguage = languages.map((language) => {
  const files = staticClosure(manifest, [...PHONE_ROOTS, ...TEXTS(language)])
  const sizes = files.map((file) => ({ file, gzip: gzipBytes(file) }))
  return { language, sizes, total: sizes.reduce((sum, { gzip }) => sum + gzip, 0) }
})
if (perLanguage.length === 0) throw new Error('no language texts in the manifest')
const worst = perLanguage.reduce((a, b) => (b.total > a.total ? b : a))

for (const { file, gzip } of worst.sizes.sort((a, b) => b.gzip - a.gzip)) {
  console.log(`${kb(gzip).padStart(10)}  ${file}`)
}
console.log(
  `Phone JavaScript (join page and board, ${perLanguage.map((l) => `${l.language} ${kb(l.total)}`).join(', ')}): ` +
    `${kb(worst.total)} gzipped (${worst.total} bytes) of a ${kb(BUDGET_BYTES)} budget (${BUDGET_BYTES} bytes).`,
)
if (worst.total > BUDGET_BYTES) {
  console.error(
    `Over budget by ${kb(worst.total - BUDGET_BYTES)}: load the new code when it is needed (React.lazy, import()), not on the phone's first screens.`,
  )
  process.exit(1)
}
