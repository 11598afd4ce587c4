import {
  areResultsRevealed,
  type BoardCard,
  getVotingSettings,
  isOpenToVotes,
  observeAgenda,
  observeModeration,
  observePublishedVoteTotals,
  publishedVoteTotals,
  type RankedMeasure,
  rankByVotes,
  type VotingSettings,
} from '@pactboard/shared'
import { useEffect, useMemo } from 'react'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { useSharedY } from '../../sync/useSharedY.ts'
import {
  type MyVotes,
  myVotesKey,
  NO_VOTES,
  reloadMyVotes,
  useMyVotesStore,
} from './myVotesStore.ts'

/**
 * The voting state, live: the rules and the reveal (control doc), the totals once revealed
 * (ledger doc), and one's own dots (the API: no doc holds anyone's dots).
 */

export function useVotingSettings(control: Y.Doc): VotingSettings {
  return useSharedY(control, getVotingSettings, observeAgenda)
}

export function useResultsRevealed(control: Y.Doc): boolean {
  return useSharedY(control, areResultsRevealed, observeAgenda)
}

/** The totals the server publishes while the results are revealed; empty before. */
export function useVoteTotals(ledger: Y.Doc): Map<string, number> {
  return useSharedY(ledger, publishedVoteTotals, observePublishedVoteTotals)
}

export type { MyVotes } from './myVotesStore.ts'

/**
 * My dots, from the server: read when the screen opens, again when a moderation decision may
 * have moved them (a merge) and when the window comes back into view (another tab may have
 * voted); each cast's answer updates them at once (`applyVote`). Nothing is asked for someone
 * who does not vote.
 */
export function useMyVotes(api: ApiCaller, ledger: Y.Doc, voter: boolean): MyVotes {
  const { workshopId, token } = api
  useEffect(() => {
    // someone who does not vote has no dots to ask for
    if (!voter) return
    const current = { workshopId, token }
    reloadMyVotes(current)
    const again = () => reloadMyVotes(current)
    const onVisible = () => {
      if (document.visibilityState === 'visible') again()
    }
    const stop = observeModeration(ledger, again)
    document.addEventListener('visibilitychange', onVisible)
    window.addEventListener('focus', again)
    return () => {
      stop()
      document.removeEventListener('visibilitychange', onVisible)
      window.removeEventListener('focus', again)
    }
  }, [workshopId, token, ledger, voter])
  return useMyVotesStore((state) => state.byApi[myVotesKey(api)] ?? NO_VOTES)
}

/**
 * My dots as last heard, without asking the server: for each card, while the board (which
 * calls `useMyVotes` once) keeps them current. A card that asked on its own would send a
 * request each time it scrolled into view.
 */
export function useMyVotesHeard(api: ApiCaller): MyVotes {
  return useMyVotesStore((state) => state.byApi[myVotesKey(api)] ?? NO_VOTES)
}

export interface RankedCard extends RankedMeasure {
  title: string
}

/** The ranking of the cards that take votes, most dots first; ties share a rank. */
export function useRanking(cards: readonly BoardCard[], ledger: Y.Doc): RankedCard[] {
  const totals = useVoteTotals(ledger)
  return useMemo(() => rankCards(cards, totals), [cards, totals])
}

export function rankCards(
  cards: readonly BoardCard[],
  totals: ReadonlyMap<string, number>,
): RankedCard[] {
  const open = cards.filter(isOpenToVotes)
  const titles = new Map(open.map((card) => [card.measure.id, card.measure.title]))
  return rankByVotes([...titles.keys()], totals).map((row) => ({
    ...row,
    title: titles.get(row.measureId) ?? '',
  }))
}
