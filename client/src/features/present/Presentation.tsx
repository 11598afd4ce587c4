import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { JoinCode } from '../facilitation/JoinCode.tsx'
import { ConnectionBadge } from '../presence/ConnectionBadge.tsx'
import { FullscreenButton } from './FullscreenButton.tsx'
import { MeasuresStat } from './MeasuresStat.tsx'
import { PeopleHereStat } from './PeopleHereStat.tsx'
import { PresentPathway } from './PresentPathway.tsx'

interface PresentationProps {
  title: string
  city: string
  joinCode: string
  board: Y.Doc
  plan: Y.Doc
  awareness: Awareness
}

/**
 * What the projector shows, live from the docs: how to join, how many are here, and where the
 * plan stands. The join column beside a main column of figures over one large panel: the
 * phase and timer (a later issue) join the figures, and the live proposals and vote results
 * take the large panel's place in their phases, without reworking the layout.
 */
export function Presentation({ title, city, joinCode, board, plan, awareness }: PresentationProps) {
  const { t } = useTranslation()
  const view = useRef<HTMLElement>(null)
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
            <MeasuresStat board={board} />
          </div>
          <PresentPathway plan={plan} board={board} />
        </div>
      </div>
    </section>
  )
}
