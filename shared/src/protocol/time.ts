/**
 * `GET /api/time` (no auth): the server's clock, so that every device counts the phase timer
 * down from the same instant. A client estimates its offset as serverNowMs + rtt/2 − localNow.
 */
export interface ServerTimeResponse {
  serverNowMs: number
}

/** The offset to add to this device's clock to read the server's, from one round trip. */
export function estimateClockOffsetMs(
  serverNowMs: number,
  sentAtLocalMs: number,
  receivedAtLocalMs: number,
): number {
  const rttMs = receivedAtLocalMs - sentAtLocalMs
  return serverNowMs + rttMs / 2 - receivedAtLocalMs
}
