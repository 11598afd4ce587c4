/** Numbers as people read them in the UI language: "€4.8M", "4,8 mn €", "1,200". */

export function formatEur(value: number, language: string, compact = true): string {
  const useCompact = compact && Math.abs(value) >= 10_000
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    notation: useCompact ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: useCompact ? 1 : 0,
  }).format(value)
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)
}

/** A date and time people read at a glance, in the UI language. */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )
}
