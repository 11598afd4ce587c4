import type { MyProposal, ProposalOutcome, UnmergedCandidateState } from '@pactboard/shared'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

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

/** The person's measures, each with what became of it; nothing to say when there are none. */
export function ProposalList({
  proposals,
  labelledBy,
}: {
  proposals: MyProposal[]
  labelledBy: string
}) {
  const { t } = useTranslation()
  if (proposals.length === 0) return <p>{t('proposals.none')}</p>
  return (
    <ul className="proposals__list" aria-labelledby={labelledBy}>
      {proposals.map((proposal) => (
        <ProposalItem key={proposal.measureId} proposal={proposal} />
      ))}
    </ul>
  )
}
