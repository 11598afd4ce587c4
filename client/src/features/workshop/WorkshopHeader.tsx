import { formatJoinCode, type Participant, type Workshop } from '@pactboard/shared'
import type { Awareness } from 'y-protocols/awareness'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { usePeopleHere } from '../../sync/usePeopleHere.ts'
import { ConnectionBadge } from '../presence/ConnectionBadge.tsx'
import { WhoIsHere } from '../presence/WhoIsHere.tsx'

interface WorkshopHeaderProps {
  workshop: Workshop
  me: Participant
  /** Null for a room nobody joins by code: a workspace's plan ([W25]). */
  joinCode: string | null
  awareness: Awareness | null
}

function PeopleHere({ awareness, myId }: { awareness: Awareness; myId: string }) {
  return <WhoIsHere people={usePeopleHere(awareness)} myId={myId} />
}

/** One line above the board: the workshop, its join code, who is here, the connection. */
export function WorkshopHeader({ workshop, me, joinCode, awareness }: WorkshopHeaderProps) {
  const { t } = useTranslation()
  return (
    <div className="workshop-head">
      <div className="workshop-head__title">
        <h1>{workshop.title}</h1>
        <p className="workshop-head__meta">
          {t('workshop.meta', {
            city: workshop.city,
            name: me.displayName,
            role: t(`enums.role.${me.role}`),
          })}
        </p>
      </div>
      <div className="workshop-head__status">
        {joinCode ? (
          <p className="workshop-head__code">
            <span className="workshop-head__code-label" aria-hidden="true">
              {t('facilitation.joinCode')}
            </span>{' '}
            {/* A named group, not <output> (an implicit live status): the code is read, not announced. */}
            {/* biome-ignore lint/a11y/useSemanticElements: see above */}
            <span role="group" aria-label={t('facilitation.joinCode')} className="join-code__code">
              {formatJoinCode(joinCode)}
            </span>
          </p>
        ) : null}
        {awareness ? <PeopleHere awareness={awareness} myId={me.id} /> : null}
        <ConnectionBadge />
      </div>
    </div>
  )
}
