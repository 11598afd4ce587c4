import { can, remainingDots } from '@pactboard/shared'
import { useId } from 'react'
import { useApiCall } from '../../api/useApiCall.ts'
import { revealResults } from '../../api/votingApi.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { BoardPanelProps } from '../../sync/boardSlots.ts'
import { useAllows } from '../../sync/useAgenda.ts'
import { CallError } from '../../ui/CallError.tsx'
import { RankingTable } from './RankingTable.tsx'
import { useMyVotes, useRanking, useResultsRevealed, useVotingSettings } from './useVoting.ts'
import { VotingSettingsForm } from './VotingSettingsForm.tsx'

/**
 * Above the board: a voter's dots left in a vote phase (from the API); the facilitator's rules
 * and the reveal (a server route); the ranking, for everyone, once the facilitator reveals it.
 */
export function VotingPanel({ cards, docs, me, api }: BoardPanelProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const allows = useAllows(docs.control)
  const settings = useVotingSettings(docs.control)
  const revealed = useResultsRevealed(docs.control)
  const mine = useMyVotes(api, docs.ledger, can(me.role, 'vote'))
  const ranking = useRanking(cards, docs.ledger)
  const { busy, error, run, retry } = useApiCall()
  const voting = can(me.role, 'vote') && allows.vote
  const facilitator = can(me.role, 'writeControl')
  if (!voting && !facilitator && !revealed) return null

  // The server writes the reveal (control) and the totals (ledger); the screen follows the docs.
  const handleReveal = () => run(() => revealResults(api, !revealed))

  return (
    <section className="panel voting-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('voting.heading')}</h3>
      {voting ? (
        <div className="voting-panel__mine">
          <p className="voting-panel__left" aria-live="polite">
            {t('voting.left', {
              left: remainingDots(settings, mine.spent),
              total: settings.budgetPerParticipant,
            })}
          </p>
          <p className="voting-panel__rules">
            {t('voting.rules', { count: settings.maxPerMeasure })}
            {settings.excludeOwn ? ` ${t('voting.rulesExcludeOwn')}` : ''}
          </p>
        </div>
      ) : null}
      {facilitator ? (
        <div className="voting-panel__facilitator">
          <VotingSettingsForm control={docs.control} />
          <div className="voting-panel__reveal">
            <button
              type="button"
              className={revealed ? 'button' : 'button button--primary'}
              aria-busy={busy}
              disabled={busy}
              onClick={() => void handleReveal()}
            >
              {revealed ? t('results.hide') : t('results.reveal')}
            </button>
            <p className="voting-panel__note">
              {revealed ? t('results.shownNote') : t('results.hiddenNote')}
            </p>
            <CallError error={error} onRetry={retry} className="voting-panel__error" />
          </div>
        </div>
      ) : null}
      {revealed ? <RankingTable ranking={ranking} caption={t('results.heading')} /> : null}
    </section>
  )
}
