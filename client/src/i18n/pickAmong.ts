/**
 * The rule for a screen's language, over any list of languages: the one the person chose, else
 * the first the browser prefers that is among them, else the fallback. Depends on nothing, so the
 * entry can use it before the app (firstTexts.ts) and agree with the app (pickLanguage.ts).
 */
export function pickAmong<L extends string>(
  candidates: readonly L[],
  chosen: string | null,
  preferred: readonly string[],
  fallback: L,
): L {
  const speaks = (code: string | null): code is L =>
    code !== null && (candidates as readonly string[]).includes(code)
  if (speaks(chosen)) return chosen
  for (const tag of preferred) {
    const code = tag.split('-')[0]?.toLowerCase() ?? null
    if (speaks(code)) return code
  }
  return fallback
}

/** The browser's preferred languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}
