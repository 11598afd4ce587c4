import { can, isOpenToVotes, type VoteRefusal, voteRefusal } from '@pactboard/shared'
import { useId } from 'react'
import { useApiCall } from '../../api/useApiCall.ts'
import { castVote, withdrawVote } from '../../api/votingApi.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { CardSlotProps } from '../../sync/boardSlots.ts'
import { useAllows } from '../../sync/useAgenda.ts'
import { DotRow } from './DotRow.tsx'
import { myVotesKey, useMyVotesStore } from './myVotesStore.ts'
import {
  useMyVotesHeard,
  useResultsRevealed,
  useVoteTotals,
  useVotingSettings,
} from './useVoting.ts'
import { refusalText, voteErrorMessage } from './voteErrors.ts'

/** The most empty dots a card shows for what one may still put on it; the rest is a number. */
const MAX_DOT_SLOTS = 10

/**
 * A card's dots: in a vote phase a voter casts and takes back their own, checked against the
 * rules before the server is asked ([P20]); outside it they still see where their dots went
 * (their own, from the API). The tally shows to everyone once the facilitator reveals it: the
 * server publishes it into the ledger then, and nobody's screen receives it before.
 */
export function CardVotes({ card, docs, me, api }: CardSlotProps) {
  const { t } = useTranslation()
  const reasonId = useId()
  const allows = useAllows(docs.control)
  const settings = useVotingSettings(docs.control)
  const revealed = useResultsRevealed(docs.control)
  const totals = useVoteTotals(docs.ledger)
  const mine = useMyVotesHeard(api)
  const { busy, error, run } = useApiCall(voteErrorMessage)

  const { measure } = card
  const onMeasure = mine.byMeasure.get(measure.id) ?? 0
  const voter = can(me.role, 'vote')
  const voting = voter && allows.vote
  if (!voting && onMeasure === 0 && !revealed) return null

  const refusal = (delta: 1 | -1): VoteRefusal | null =>
    voteRefusal({
      role: me.role,
      voterId: me.id,
      delta,
      allows,
      settings,
      measure: { proposerId: measure.proposer.participantId, openToVotes: isOpenToVotes(card) },
      onMeasure,
      spent: mine.spent,
    })
  const addRefusal = refusal(1)
  const takeRefusal = refusal(-1)

  // No retry here: a dot refused or lost is cast again with the same button, after a fresh look.
  const handleVote = (delta: 1 | -1) =>
    run(async () => {
      const response = await (delta === 1 ? castVote : withdrawVote)(api, measure.id)
      useMyVotesStore.getState().applyVote(myVotesKey(api), response)
    })

  const slots = voting ? Math.max(onMeasure, Math.min(settings.maxPerMeasure, MAX_DOT_SLOTS)) : 0
  return (
    <div className="card-votes" aria-busy={busy}>
      {revealed ? (
        <p className="card-votes__total">
          {t('voting.total', { count: totals.get(measure.id) ?? 0 })}
        </p>
      ) : null}
      {voter && (voting || onMeasure > 0) ? (
        <DotRow filled={onMeasure} slots={slots} label={t('voting.mine', { count: onMeasure })} />
      ) : null}
      {voting ? (
        <div className="card-votes__buttons">
          <button
            type="button"
            className="button button--small card-votes__button"
            aria-label={t('voting.takeNamed', { title: measure.title })}
            disabled={takeRefusal !== null}
            onClick={() => void handleVote(-1)}
          >
            {t('voting.take')}
          </button>
          <button
            type="button"
            className="button button--small card-votes__button"
            aria-label={t('voting.addNamed', { title: measure.title })}
            aria-describedby={addRefusal ? reasonId : undefined}
            disabled={addRefusal !== null}
            onClick={() => void handleVote(1)}
          >
            {t('voting.add')}
          </button>
        </div>
      ) : null}
      {voting && addRefusal ? (
        <p id={reasonId} className="card-votes__reason">
          {refusalText(t, addRefusal)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="card-votes__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
