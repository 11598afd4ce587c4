import type { MyProposal } from '@pactboard/shared'
import { useCallback, useEffect, useId, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { fetchFollowLink, fetchMyProposals } from '../../api/proposalsApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { Link } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import '../../app/candidates.css'
import { ProposalList } from './ProposalList.tsx'

interface MyProposalsViewProps {
  api: ApiCaller
  workshopTitle: string
  boardPath: string
}

/**
 * [W12] A link of the person's own, to read this page on any device for a year, after their
 * workshop token has run out. Asked for when wanted: a link that is never taken is never made.
 */
function KeepLink({ api }: { api: ApiCaller }) {
  const { t } = useTranslation()
  const [url, setUrl] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const make = useApiCall()
  const inputId = useId()

  const getLink = () =>
    make.run(async () => {
      const { path } = await fetchFollowLink(api)
      setUrl(new URL(path, window.location.origin).href)
    })
  const copy = async () => {
    if (!url) return
    await navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }

  return (
    <section className="proposals__keep" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>{t('proposals.keepLink.heading')}</h3>
      <p>{t('proposals.keepLink.lead')}</p>
      {url ? (
        <div className="proposals__link">
          <label htmlFor={inputId}>{t('proposals.keepLink.label')}</label>
          <input
            id={inputId}
            className="field__input"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button button--small" onClick={() => void copy()}>
            {t('proposals.keepLink.copy')}
          </button>
          <p role="status" className="field__hint">
            {copied ? t('proposals.keepLink.copied') : ''}
          </p>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => void getLink()}
          disabled={make.busy}
        >
          {t('proposals.keepLink.button')}
        </button>
      )}
      <CallError error={make.error} onRetry={() => void make.retry()} />
    </section>
  )
}

/**
 * [W11] "What happened to my proposals": a proposer, back on the device they joined from, reads
 * what the city's planners did with each measure they proposed in this workshop.
 */
export function MyProposalsView({ api, workshopTitle, boardPath }: MyProposalsViewProps) {
  const { t } = useTranslation()
  const [proposals, setProposals] = useState<MyProposal[] | null>(null)
  const load = useApiCall()
  const { run } = load
  const reload = useCallback(
    () => run(async () => setProposals((await fetchMyProposals(api)).proposals)),
    [run, api],
  )
  useEffect(() => {
    void reload()
  }, [reload])

  return (
    <section className="proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t('board.myProposals')}</h2>
      <p>{t('proposals.intro', { workshop: workshopTitle })}</p>
      <p>
        <Link to={boardPath}>{t('proposals.back')}</Link>
      </p>
      <CallError error={load.error} onRetry={() => void load.retry()} />
      {proposals === null ? (
        load.busy ? (
          <p>{t('proposals.loading')}</p>
        ) : null
      ) : (
        <ProposalList proposals={proposals} labelledBy="proposals-heading" />
      )}
      <KeepLink api={api} />
    </section>
  )
}
