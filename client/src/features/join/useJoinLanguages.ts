import { isLanguage, type JoinLanguagesRequest, type Language } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { fetchJoinLanguages } from '../../api/http.ts'
import { useOfferLanguages } from '../../i18n/useLanguage.ts'

/** What to ask the server for a complete code or an invite; nothing for neither. */
export function joinLanguagesRequest(
  code: string | null,
  invite: string | undefined,
): JoinLanguagesRequest | null {
  if (invite !== undefined) return { invite }
  return code ? { code } : null
}

/**
 * The join screen offers the languages of the workshop a complete code (or an invite) leads to,
 * so that it already speaks the workshop's language, or the person's when the workshop offers it.
 * An unknown code offers nothing: joining with it says what is wrong.
 */
export function useJoinLanguages(code: string | null, invite: string | undefined): void {
  const [languages, setLanguages] = useState<Language[] | null>(null)
  useEffect(() => {
    const request = joinLanguagesRequest(code, invite)
    if (!request) {
      setLanguages(null)
      return
    }
    let current = true
    fetchJoinLanguages(request)
      .then((response) => {
        if (current) setLanguages(response.languages.filter(isLanguage))
      })
      .catch(() => {
        if (current) setLanguages(null)
      })
    return () => {
      current = false
    }
  }, [code, invite])
  useOfferLanguages(languages)
}
