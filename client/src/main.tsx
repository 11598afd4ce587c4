import { startFirstTexts } from './i18n/firstTexts.ts'

// The first screen's texts go out at once; nothing here waits for a library to arrive.
startFirstTexts(location.pathname)

// Zod is told to run without eval before any schema exists (cspSafeZod.ts explains why), so the
// app is imported only once that has run. The HTML already asks for the app's chunks beside
// this one (vite/firstScreenPreload.ts): the order costs no round trip.
void import('./app/cspSafeZod.ts').then(() => import('./app/start.tsx'))
