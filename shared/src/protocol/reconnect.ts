/** The longest a client waits between two attempts to reconnect a sync socket. */
export const RECONNECT_MAX_BACKOFF_MS = 2500

/**
 * How long a client waits before reconnecting after the server closed the socket: a random point
 * in the stock provider's exponential window ("full jitter"). After a server restart every phone
 * in the hall would otherwise come back at the same instants.
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  return random() * Math.min(2 ** attempt * 100, RECONNECT_MAX_BACKOFF_MS)
}
