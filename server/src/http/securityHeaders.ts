import fastifyHelmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/**
 * Security headers on every response (helmet's defaults) and a Content-Security-Policy the built
 * client passes (DESIGN §3): scripts only from our origin, no inline script.
 *
 * - `style-src 'unsafe-inline'`: ProseMirror (the plan editor) and ECharts write `style`
 *   attributes, which CSP counts as inline style; the stylesheets themselves are files.
 * - `connect-src ws: wss:`: the sync sockets, which `'self'` does not cover in every browser.
 * - `img-src data: blob:`: QR codes and chart images the client makes itself.
 * - No `upgrade-insecure-requests` (helmet's default): a venue runs the server on plain http on
 *   its LAN, where upgrading every request to https would load nothing.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
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
