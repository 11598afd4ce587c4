import type { BoardCard } from '@pactboard/shared'
import { useId, useMemo } from 'react'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { RankingTable } from '../voting/RankingTable.tsx'
import { useRanking } from '../voting/useVoting.ts'
import { useScreenFontSize } from './useScreenFontSize.ts'
import { VotesCanvas } from './VotesCanvas.tsx'

/** How many cards the projector ranks and charts: the rest are on the board and in the export. */
export const RESULTS_SHOWN = 8

/** The revealed votes: the ranking beside a bar chart of dots per card. */
export function PresentResults({ cards, ledger }: { cards: readonly BoardCard[]; ledger: Y.Doc }) {
  const { t } = useTranslation()
  const headingId = useId()
  const fontSize = useScreenFontSize()
  const ranking = useRanking(cards, ledger)
  const top = useMemo(() => ranking.slice(0, RESULTS_SHOWN), [ranking])
  const bars = useMemo(() => top.map((row) => ({ label: row.title, votes: row.votes })), [top])
  const anyVotes = top.some((row) => row.votes > 0)
  return (
    <section className="present__panel present-results" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('presentLive.results')}</h2>
      {anyVotes ? (
        <div className="present-results__body">
          <RankingTable
            ranking={top}
            caption={t('results.heading')}
            className="present-results__ranking"
          />
          <VotesCanvas bars={bars} fontSize={fontSize} />
        </div>
      ) : (
        <p className="present-results__waiting">{t('presentLive.noVotes')}</p>
      )}
    </section>
  )
}
