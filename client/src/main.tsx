// Zod is told to run without eval before any schema exists (cspSafeZod.ts explains why): a
// static import would let the chunks holding the schemas run first, so the app comes after it.
import './app/cspSafeZod.ts'

void import('./app/start.tsx')
void import('./i18n/preloadTexts.ts')
