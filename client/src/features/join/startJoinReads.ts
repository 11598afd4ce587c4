import { normalizeJoinCode } from '@pactboard/shared'
import { prefetchJoinLanguages } from '../../api/http.ts'
import { prefetchPrivacyNotice } from '../../api/privacyApi.ts'
import { matchPath } from '../../app/router.tsx'
import { joinLanguagesRequest } from './useJoinLanguages.ts'

/**
 * On a join link, the join screen's two reads (the privacy notice's facts, the workshop's
 * languages) go out as the app starts, beside its texts, instead of after the first render
 * (api/earlyRequests.ts): a phone on a slow network can join a round trip sooner. The screen
 * asks for exactly these, so it takes their answers.
 */
export function startJoinReads(pathname: string, search: string): void {
  const params = matchPath('/join/:code', pathname) ?? matchPath('/join', pathname)
  if (!params) return
  prefetchPrivacyNotice()
  const invite = new URLSearchParams(search).get('invite') ?? undefined
  const request = joinLanguagesRequest(normalizeJoinCode(params.code ?? ''), invite)
  if (request) prefetchJoinLanguages(request)
}
