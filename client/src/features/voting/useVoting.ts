import {
  areResultsRevealed,
  type BoardCard,
  getVotingSettings,
  isOpenToVotes,
  observeAgenda,
  observeVotes,
  type RankedMeasure,
  rankByVotes,
  type VotingSettings,
  votesOf,
  voteTotals,
} from '@pactboard/shared'
import { useCallback, useMemo } from 'react'
import type * as Y from 'yjs'
import { useY } from '../../sync/useY.ts'

/** The voting state, live: the rules and the reveal (control doc), the dots (ledger doc). */

export function useVotingSettings(control: Y.Doc): VotingSettings {
  return useY(control, getVotingSettings, observeAgenda)
}

export function useResultsRevealed(control: Y.Doc): boolean {
  return useY(control, areResultsRevealed, observeAgenda)
}

export function useVoteTotals(ledger: Y.Doc): Map<string, number> {
  return useY(ledger, voteTotals, observeVotes)
}

export interface MyVotes {
  /** My dots, by measure. */
  byMeasure: Map<string, number>
  spent: number
}

/**
 * A new observer per voter: useY subscribes again when it changes, and the immediate call
 * drops its cached read of the previous voter's dots.
 */
function observeVotesAfresh(_participantId: string) {
  return (doc: Y.Doc, onChange: () => void) => {
    onChange()
    return observeVotes(doc, onChange)
  }
}

/**
 * One voter's dots. `useY` caches per doc change, so the voter is part of the observation: a
 * different voter subscribes afresh and reads again.
 */
export function useMyVotes(ledger: Y.Doc, participantId: string): MyVotes {
  const read = useCallback(
    (doc: Y.Doc): MyVotes => {
      const byMeasure = votesOf(doc, participantId)
      let spent = 0
      for (const count of byMeasure.values()) spent += count
      return { byMeasure, spent }
    },
    [participantId],
  )
  const observe = useMemo(() => observeVotesAfresh(participantId), [participantId])
  return useY(ledger, read, observe)
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
