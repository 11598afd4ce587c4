import { z } from 'zod'

/**
 * The served app's CSP allows no eval (server/src/http/securityHeaders.ts). Zod 4 probes for it
 * with `Function('')` when the first `z.object` is defined, which the browser refuses and reports as
 * a CSP violation; jitless mode never probes. main.tsx runs this before loading anything else.
 */
z.config({ jitless: true })
