import type { Participant, Workshop } from '@pactboard/shared'
import { useTranslation } from 'react-i18next'
import type { Awareness } from 'y-protocols/awareness'
import { usePeopleHere } from '../../sync/usePeopleHere.ts'
import { ConnectionBadge } from '../presence/ConnectionBadge.tsx'
import { WhoIsHere } from '../presence/WhoIsHere.tsx'

interface WorkshopHeaderProps {
  workshop: Workshop
  me: Participant
  awareness: Awareness | null
}

function PeopleHere({ awareness, myId }: { awareness: Awareness; myId: string }) {
  return <WhoIsHere people={usePeopleHere(awareness)} myId={myId} />
}

export function WorkshopHeader({ workshop, me, awareness }: WorkshopHeaderProps) {
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
        <ConnectionBadge />
        {awareness ? <PeopleHere awareness={awareness} myId={me.id} /> : null}
      </div>
    </div>
  )
}
