import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `npm run profile:top -w @pactboard/bench -- <file.cpuprofile | folder> [count]`: the functions
 * a V8 CPU profile (node --cpu-prof, e.g. BENCH_PROFILE_DIR with the comparison) spent its
 * samples in, by self time and by total time (the function and what it called), each with its %
 * of all samples. Places in the bundled server/dist/main.js are read back through its source map
 * to the server's and shared's own files and lines. A folder adds up every profile in it.
 */

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}

interface ProfileNode {
  id: number
  callFrame: CallFrame
  hitCount?: number
  children?: number[]
}

interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
}

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const sourceMaps = new Map<string, SourceMap | null>()

function sourceMapOf(url: string): SourceMap | null {
  if (!sourceMaps.has(url)) {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url
    const mapFile = `${file}.map`
    sourceMaps.set(
      url,
      existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null,
    )
  }
  return sourceMaps.get(url)!
}

/** `function (file:line)`, the file relative to the repository when it is in it. */
function placeOf(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)'
  if (!frame.url) return name
  let file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url
  let line = frame.lineNumber + 1
  const entry = sourceMapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber)
  if (entry && 'originalSource' in entry && entry.originalSource) {
    const source = entry.originalSource
    file = source.startsWith('file://') ? fileURLToPath(source) : join(file, '..', source)
    line = entry.originalLine + 1
  }
  if (file.startsWith(REPO)) file = relative(REPO, file)
  return `${name} (${file}:${line})`
}

interface Tally {
  self: Map<string, number>
  total: Map<string, number>
  samples: number
}

function addProfile(profile: CpuProfile, tally: Tally): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfOf = new Map<number, number>()
  for (const id of profile.samples) selfOf.set(id, (selfOf.get(id) ?? 0) + 1)
  tally.samples += profile.samples.length
  const root = profile.nodes[0]!
  // depth first, counting a function's total once however often it recurses
  const walk = (node: ProfileNode, onStack: Map<string, number>): number => {
    const place = placeOf(node.callFrame)
    const self = selfOf.get(node.id) ?? 0
    tally.self.set(place, (tally.self.get(place) ?? 0) + self)
    onStack.set(place, (onStack.get(place) ?? 0) + 1)
    let total = self
    for (const child of node.children ?? []) total += walk(byId.get(child)!, onStack)
    onStack.set(place, onStack.get(place)! - 1)
    if (onStack.get(place) === 0) tally.total.set(place, (tally.total.get(place) ?? 0) + total)
    return total
  }
  walk(root, new Map())
}

function profilesAt(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(path, name))
}

function printTop(title: string, counts: Map<string, number>, samples: number, count: number) {
  const skip = new Set(['(root)', '(program)', '(idle)'])
  process.stdout.write(`\n${title}\n`)
  const rows = [...counts].filter(([place]) => !skip.has(place)).sort((a, b) => b[1] - a[1])
  for (const [place, n] of rows.slice(0, count)) {
    process.stdout.write(`${((100 * n) / samples).toFixed(1).padStart(6)} %  ${place}\n`)
  }
}

const [path, countArg] = process.argv.slice(2)
if (!path) {
  process.stderr.write('usage: profileTop <file.cpuprofile | folder> [count]\n')
  process.exit(2)
}
const tally: Tally = { self: new Map(), total: new Map(), samples: 0 }
const files = profilesAt(path)
for (const file of files) addProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, tally)
const count = Number(countArg ?? 25)
const idle = tally.self.get('(idle)') ?? 0
process.stdout.write(
  `${files.length} profile(s), ${tally.samples} samples, ${((100 * idle) / Math.max(1, tally.samples)).toFixed(1)} % idle\n`,
)
printTop('self time', tally.self, tally.samples, count)
printTop('total time (with callees)', tally.total, tally.samples, count)
