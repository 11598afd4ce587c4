/** Numbers as people read them in the UI language: "€4.8M", "4,8 mn €", "1,200". */

// Building an Intl formatter costs far more than using one, and a board formats a few figures
// per card as each scrolls into view: one formatter per language and kind, kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined
  if (!formatter) {
    formatter = make()
    formatters.set(key, formatter)
  }
  return formatter
}

export function formatEur(value: number, language: string, compact = true): string {
  const useCompact = compact && Math.abs(value) >= 10_000
  return cached(
    `eur:${useCompact}:${language}`,
    () =>
      new Intl.NumberFormat(language, {
        style: 'currency',
        currency: 'EUR',
        notation: useCompact ? 'compact' : 'standard',
        minimumFractionDigits: 0,
        maximumFractionDigits: useCompact ? 1 : 0,
      }),
  ).format(value)
}

export function formatNumber(value: number, language: string): string {
  return cached(
    `number:${language}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }),
  ).format(value)
}

/** A date and time people read at a glance, in the UI language. */
export function formatDate(iso: string, language: string): string {
  return cached(
    `date:${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso))
}

/**
 * Builds the board's formatters while the main thread has nothing to do (the join screen waiting
 * for its answer): the first Intl formatter of a page loads the locale's data, which costs a slow
 * phone tens of milliseconds it would otherwise spend just as its board first renders.
 */
export function warmFormatters(language: string): () => void {
  const warm = () => {
    formatNumber(0, language)
    formatEur(0, language)
    formatEur(10_000, language)
  }
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(warm, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(warm, 0)
  return () => clearTimeout(handle)
}
