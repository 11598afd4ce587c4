import { type FollowedProposalsResponse, isLanguage } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { fetchFollowedProposals } from '../../api/proposalsApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useLocation } from '../../app/router.tsx'
import { useOfferLanguages } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import '../../app/candidates.css'
import { ProposalList } from './ProposalList.tsx'

export const FOLLOW_PATH = '/follow'

/**
 * [W12] `/follow#<link>`: what became of one's proposals, opened from one's own link on any
 * device, long after the workshop. The link stays in the fragment, which no browser sends to a
 * server; the page asks with it and shows the answer in the workshop's languages.
 */
export function FollowPage() {
  const { t } = useTranslation()
  usePageTitle(t('board.myProposals'))
  const token = useLocation().hash.replace(/^#/, '')
  const [answer, setAnswer] = useState<FollowedProposalsResponse | null>(null)
  const load = useApiCall()
  const { run } = load

  useEffect(() => {
    if (token) void run(async () => setAnswer(await fetchFollowedProposals(token)))
  }, [token, run])
  useOfferLanguages(answer ? answer.workshop.languages.filter(isLanguage) : null)

  return (
    <main className="page page--narrow proposals" id="main">
      <h1 id="follow-heading">{t('board.myProposals')}</h1>
      {!token ? <p role="alert">{t('proposals.keepLink.invalid')}</p> : null}
      <CallError error={load.error} onRetry={() => void load.retry()} />
      {answer ? (
        <>
          <p>{t('proposals.intro', { workshop: answer.workshop.title })}</p>
          <ProposalList proposals={answer.proposals} labelledBy="follow-heading" />
        </>
      ) : load.busy ? (
        <p>{t('proposals.loading')}</p>
      ) : null}
    </main>
  )
}
