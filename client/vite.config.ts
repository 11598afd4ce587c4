import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression } from 'vite-plugin-compression2'
import { firstScreenPreload } from './vite/firstScreenPreload.ts'

// In development the API and the sync socket live on the server (port 8080); in production the
// server serves this build from the same origin, so the client only ever uses relative URLs.
const SERVER = 'http://localhost:8080'

// Preact's React layer in place of react-dom in what the browser loads: a phone downloads 9 KB
// of gzipped framework instead of 68, which the 150 KB budget needs (client/README.md). The unit
// tests keep React (Testing Library drives react-dom itself); the browser tests run the build.
const PREACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
]

/**
 * What the entry runs before any library has arrived (main.tsx): in the entry's own chunk, never
 * in one that would make it wait for the libraries.
 */
const ENTRY_ONLY =
  /[\\/]client[\\/]src[\\/](i18n[\\/](firstTexts|pickAmong)|app[\\/]uiStorage)\.ts$/

/** The shared layers and the domain; the screens' texts (one chunk per language) are not. */
const APP_SHARED = (id: string) =>
  /[\\/](client[\\/]src[\\/](api|app|i18n|sync|ui)|shared[\\/]src)[\\/]/.test(id) &&
  !/[\\/]locales[\\/]\w+[\\/](screens|voting|moderation)\.json$|exports\.ts$/.test(id) &&
  !ENTRY_ONLY.test(id)

export default defineConfig({
  plugins: [
    react(),
    // main.tsx starts these with dynamic imports; the HTML names what they import at once
    firstScreenPreload(['src/app/cspSafeZod.ts', 'src/app/start.tsx']),
    // Brotli and gzip copies beside every text file, made once at build time; the server sends
    // whichever the browser accepts (a phone on a slow network gets a third of the bytes).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|css|html|svg|json|webmanifest)$/,
      deleteOriginalAssets: false,
    }),
  ],
  ...(process.env.VITEST ? {} : { resolve: { alias: PREACT } }),
  server: {
    proxy: {
      '/api': SERVER,
      '/healthz': SERVER,
      '/sync': { target: SERVER, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a phone that was here last week keeps them.
        codeSplitting: {
          groups: [
            // what the entry runs first, with Vite's preload helper: no library, no schema
            {
              name: 'boot',
              test: (id: string) => ENTRY_ONLY.test(id) || id.includes('vite/preload-helper'),
              priority: 1,
            },
            // the libraries of the first screen; what only a lazy screen uses stays with it
            {
              name: 'react',
              test: /node_modules[\\/](preact|react|react-dom|scheduler)[\\/]/,
            },
            { name: 'yjs', test: /node_modules[\\/](yjs|y-|lib0)/ },
            // the plan screen's editor and chart, fetched when someone opens the plan
            {
              name: 'editor',
              test: /node_modules[\\/](@tiptap|prosemirror-|orderedmap|rope-sequence|w3c-keyname|linkifyjs|markdown-it)/,
            },
            { name: 'charts', test: /node_modules[\\/](echarts|zrender|tslib)/ },
            {
              name: 'vendor',
              test: /node_modules[\\/](zod|zustand|@tanstack|lucide-react|nanoid)[\\/]/,
            },
            // The app's modules that several screens share, in one chunk rather than a dozen
            // small ones: on a slow network each request is a round trip.
            { name: 'app', test: APP_SHARED, minShareCount: 2 },
          ],
        },
      },
    },
  },
})
