// Bundles the server into dist/main.js and the admin CLI into dist/admin.js. @pactboard/shared is TypeScript source, so it is bundled;
// every other dependency stays in node_modules (better-sqlite3 is native and cannot be bundled).
import { readFileSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))

// Chunk names carry a hash: a build starts from an empty folder, or old chunks would pile up.
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true })

await build({
  // The server, and the administrator's command line (npm run admin, node dist/admin.js).
  entryPoints: ['src/main.ts', 'src/admin.ts'],
  outdir: 'dist',
  bundle: true,
  // What is imported with import() (the office exports, src/export/render.ts) goes into chunks of
  // its own, with its libraries: loaded on first use, not at start. Code the two entry points
  // share goes into chunks too, config.ts among it, whose paths are relative to the module: every
  // chunk sits beside main.js, so `../../client/dist` means the same from all of them.
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: new URL('.', import.meta.url).pathname,
  external: Object.keys(pkg.dependencies).filter((name) => name !== '@pactboard/shared'),
  // For bundled CommonJS code (shared's dependencies) that calls require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
})
