import { describe, expect, it } from 'vitest'
import { i18n as i18next } from '../i18n/texts.ts'
import { apiErrorMessage } from './apiErrorMessage.ts'
import { ApiError, NETWORK_ERROR } from './http.ts'

describe('an API error in words', () => {
  it("says the server's code in the screen's language, never the server's English", async () => {
    await i18next.changeLanguage('sv')
    const refused = new ApiError(403, 'JOIN_LOCKED', 'The facilitator has closed joining')
    expect(apiErrorMessage(i18next.t, refused)).toBe(
      'Processledaren har stängt för nya deltagare. Be om en inbjudningslänk.',
    )
    const failed = new ApiError(500, 'INTERNAL', 'Something went wrong on the server')
    expect(apiErrorMessage(i18next.t, failed)).toBe(
      'Något gick fel på servern. Försök igen om en stund.',
    )
  })

  it('tells a network failure apart, and says nothing of an unknown failure but that it failed', async () => {
    await i18next.changeLanguage('en')
    expect(apiErrorMessage(i18next.t, new ApiError(0, NETWORK_ERROR, 'fetch failed'))).toMatch(
      /Cannot reach the server/,
    )
    const proxy = new ApiError(502, 'HTTP_502', 'Bad Gateway')
    expect(apiErrorMessage(i18next.t, proxy)).toBe('Something went wrong. Try again in a moment.')
    expect(apiErrorMessage(i18next.t, new TypeError('x is undefined'))).not.toContain('undefined')
  })
})
