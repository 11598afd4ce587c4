import type { PresenceState } from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'

interface WhoIsHereProps {
  people: readonly PresenceState['user'][]
  myId: string
}

/** How many people are here and who: a count that opens into the names. */
export function WhoIsHere({ people, myId }: WhoIsHereProps) {
  const { t } = useTranslation()
  return (
    <details className="who">
      <summary>{t('presence.count', { count: people.length })}</summary>
      <ul className="who__list" aria-label={t('presence.listLabel')}>
        {people.map((person) => (
          <li key={person.participantId}>
            <span className="who__name">
              {person.participantId === myId
                ? t('presence.you', { name: person.displayName })
                : person.displayName}
            </span>
            <span className="who__role">{t(`enums.role.${person.role}`)}</span>
          </li>
        ))}
      </ul>
    </details>
  )
}
