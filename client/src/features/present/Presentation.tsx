import { PROJECTOR } from '@pactboard/shared'
import { useRef } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useAgenda } from '../../sync/useAgenda.ts'
import { useBoardCards } from '../../sync/useBoard.ts'
import { JoinCode } from '../facilitation/JoinCode.tsx'
import { ConnectionBadge } from '../presence/ConnectionBadge.tsx'
import { useResultsRevealed } from '../voting/useVoting.ts'
import { FullscreenButton } from './FullscreenButton.tsx'
import { MeasuresStat } from './MeasuresStat.tsx'
import { PeopleHereStat } from './PeopleHereStat.tsx'
import { PresentPathway } from './PresentPathway.tsx'
import { PresentPhase } from './PresentPhase.tsx'
import { PresentProposals } from './PresentProposals.tsx'
import { PresentResults } from './PresentResults.tsx'

interface PresentationProps {
  title: string
  city: string
  joinCode: string
  board: Y.Doc
  plan: Y.Doc
  ledger: Y.Doc
  control: Y.Doc
  awareness: Awareness
}

/** The phase kinds in which the room watches the proposals come in and talks them through. */
const PROPOSAL_KINDS = new Set(['propose', 'discuss', 'vote'])

/**
 * What the projector shows, live from the docs: how to join, how many are here, the phase and
 * its timer, and one large panel: the revealed results once the facilitator reveals them, the
 * latest proposals while they come in, the pathway otherwise. It shows only what the whole
 * room may see (PROJECTOR, [P19]): nothing awaiting approval, nothing new in silent mode.
 */
export function Presentation({
  title,
  city,
  joinCode,
  board,
  plan,
  ledger,
  control,
  awareness,
}: PresentationProps) {
  const { t } = useTranslation()
  const view = useRef<HTMLElement>(null)
  const cards = useBoardCards({ board, ledger, control }, PROJECTOR)
  const { currentPhase } = useAgenda(control)
  const revealed = useResultsRevealed(control)
  const showProposals =
    currentPhase !== null && (currentPhase.allows.propose || PROPOSAL_KINDS.has(currentPhase.kind))

  let panel = <PresentPathway plan={plan} board={board} ledger={ledger} />
  if (revealed) panel = <PresentResults cards={cards} ledger={ledger} />
  else if (showProposals) panel = <PresentProposals cards={cards} />

  return (
    <section ref={view} className="present" aria-label={t('present.label')}>
      <header className="present__head">
        <div className="present__heading">
          <h1 className="present__title">{title}</h1>
          <p className="present__city">{city}</p>
        </div>
        <div className="present__tools">
          <ConnectionBadge />
          <FullscreenButton target={view} />
        </div>
      </header>
      <div className="present__grid">
        <div className="present__side">
          <section className="present__panel present-join" aria-label={t('present.join')}>
            <JoinCode joinCode={joinCode} qrSize={320} />
          </section>
        </div>
        <div className="present__main">
          <div className="present__stats">
            <PeopleHereStat awareness={awareness} />
            <MeasuresStat cards={cards} />
            <PresentPhase control={control} />
          </div>
          {panel}
        </div>
      </div>
    </section>
  )
}
