import fastifyHelmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/**
 * Security headers on every response (helmet's defaults) and a Content-Security-Policy the built
 * client passes (DESIGN §3): scripts only from our origin, no inline script.
 *
 * - Styles: stylesheets only from files (`style-src 'self'`, no `<style>` elements: Tiptap's
 *   injected base styles are in plan.css instead), but `style` attributes are allowed
 *   (`style-src-attr 'unsafe-inline'`): ProseMirror writes them for table column widths and the
 *   collaboration carets' colours. An attribute styles one element and can load nothing
 *   beyond img-src. Browsers without CSP3's style-src-attr fall back to style-src and drop
 *   only those colours and widths.
 * - No eval: the client runs zod jitless (client/src/app/cspSafeZod.ts).
 * - `connect-src ws: wss:`: the sync sockets, which `'self'` does not cover in every browser.
 * - `img-src data: blob:`: QR codes and chart images the client makes itself.
 * - No `upgrade-insecure-requests` (helmet's default): a venue runs the server on plain http on
 *   its LAN, where upgrading every request to https would load nothing.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'ws:', 'wss:'],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'script-src-attr': ["'none'"],
}

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Plain-http LAN venues: HSTS would be ignored there, and pin https where a proxy offers it
    // only for some hosts; left to the proxy that terminates TLS.
    strictTransportSecurity: false,
  })
}
