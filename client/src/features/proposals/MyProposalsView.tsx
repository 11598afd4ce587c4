import type { MyProposal, ProposalOutcome, UnmergedCandidateState } from '@pactboard/shared'
import { useCallback, useEffect, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { fetchMyProposals } from '../../api/proposalsApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { Link } from '../../app/router.tsx'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import '../../app/candidates.css'

interface MyProposalsViewProps {
  api: ApiCaller
  workshopTitle: string
  boardPath: string
}

/** Where a measure stands in the city's list, and a rejection's reason in the planners' words. */
function StateText({ state }: { state: UnmergedCandidateState | null }) {
  const { t } = useTranslation()
  if (!state) return <p className="proposal__outcome">{t('proposals.waiting')}</p>
  if (state.status === 'rejected') {
    return (
      <>
        <p className="proposal__outcome">{t('proposals.rejected')}</p>
        <blockquote className="proposal__reason">{state.reason}</blockquote>
      </>
    )
  }
  return (
    <p className="proposal__outcome">
      {t('proposals.status', { status: t(`enums.measureStatus.${state.status}`) })}
    </p>
  )
}

function Outcome({ outcome }: { outcome: ProposalOutcome }) {
  const { t } = useTranslation()
  switch (outcome.kind) {
    case 'waiting':
      return <StateText state={null} />
    case 'withdrawn':
      return <p className="proposal__outcome">{t('proposals.withdrawn')}</p>
    case 'candidate':
      return <StateText state={outcome.state} />
    case 'merged':
      return (
        <>
          <p className="proposal__outcome">
            {t('proposals.mergedInto', { title: outcome.intoTitle })}
          </p>
          <StateText state={outcome.state} />
        </>
      )
  }
}

function ProposalItem({ proposal }: { proposal: MyProposal }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  return (
    <li className="proposal">
      <h3 className="proposal__title">{proposal.title}</h3>
      <p className="candidate__meta">
        {t('proposals.proposedOn', { date: formatDate(proposal.proposedAt, language) })}
      </p>
      <Outcome outcome={proposal.outcome} />
    </li>
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
      ) : proposals.length === 0 ? (
        <p>{t('proposals.none')}</p>
      ) : (
        <ul className="proposals__list" aria-labelledby="proposals-heading">
          {proposals.map((proposal) => (
            <ProposalItem key={proposal.measureId} proposal={proposal} />
          ))}
        </ul>
      )}
    </section>
  )
}
