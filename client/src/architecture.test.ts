import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The client's arrows run one way (ARCHITECTURE.md): the screens compose the features, the
 * features use the shared layers (api, sync, ui, i18n, the app's stores), and nothing below
 * reaches back up. Read from the import lines of the source, tests and test kits left out.
 */

const SRC = dirname(fileURLToPath(import.meta.url))
const SHARED_LAYERS = ['api', 'sync', 'ui', 'i18n']
/** The screen that composes the workshop's features (board, console, plan, presentation). */
const SCREEN = 'features/workshop'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    const isSource = /\.tsx?$/.test(entry.name) && !/(\.test\.tsx?|TestKit\.tsx?)$/.test(entry.name)
    return isSource ? [path] : []
  })
}

/** Each source file (relative to src/) with the files it imports (relative to src/). */
const IMPORTS = new Map(
  sourceFiles(SRC).map((file) => {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(/from '(\.[^']+)'|import\('(\.[^']+)'\)/g)].map((m) =>
      relative(SRC, resolve(dirname(file), m[1] ?? m[2] ?? '')),
    )
    return [relative(SRC, file), targets] as const
  }),
)

const featureOf = (path: string) => /^features\/([^/]+)\//.exec(path)?.[1] ?? null

function arrows(filter: (from: string, to: string) => boolean): string[] {
  return [...IMPORTS].flatMap(([from, targets]) =>
    targets.filter((to) => filter(from, to)).map((to) => `${from} → ${to}`),
  )
}

describe('the client’s structure', () => {
  it('keeps the shared layers free of features', () => {
    const layer = (path: string) => SHARED_LAYERS.some((name) => path.startsWith(`${name}/`))
    expect(arrows((from, to) => layer(from) && to.startsWith('features/'))).toEqual([])
  })

  it('lets no feature reach back into the screen that composes it', () => {
    expect(
      arrows(
        (from, to) =>
          from.startsWith('features/') && !from.startsWith(SCREEN) && to.startsWith(`${SCREEN}/`),
      ),
    ).toEqual([])
  })

  it('keeps the board free of voting and moderation, and them free of the board', () => {
    expect(
      arrows((from, to) => {
        const [a, b] = [featureOf(from), featureOf(to)]
        return (
          (a === 'board' && (b === 'voting' || b === 'moderation')) ||
          ((a === 'voting' || a === 'moderation') && b === 'board')
        )
      }),
    ).toEqual([])
  })

  it('has no cycle between features', () => {
    const edges = new Map<string, Set<string>>()
    for (const [from, targets] of IMPORTS) {
      const a = featureOf(from)
      if (!a || from.startsWith(SCREEN)) continue
      for (const to of targets) {
        const b = featureOf(to)
        if (b && b !== a) edges.set(a, (edges.get(a) ?? new Set()).add(b))
      }
    }
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      [...(edges.get(from) ?? [])].some(
        (next) => next === target || (!seen.has(next) && reaches(next, target, seen.add(next))),
      )
    expect([...edges.keys()].filter((feature) => reaches(feature, feature))).toEqual([])
  })
})
