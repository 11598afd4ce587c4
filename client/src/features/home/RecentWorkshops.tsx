import { Link } from '../../app/router.tsx'
import { useSessionStore } from '../../app/sessionStore.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/** The workshops this browser has a session for, so a facilitator finds theirs again. */
export function RecentWorkshops() {
  const { t } = useTranslation()
  const sessions = useSessionStore((s) => s.sessions)
  const list = Object.values(sessions).sort((a, b) =>
    b.workshop.createdAt.localeCompare(a.workshop.createdAt),
  )
  if (list.length === 0) return null
  return (
    <nav className="panel recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('home.recentHeading')}</h2>
      <ul>
        {list.map((session) => (
          <li key={session.workshop.id}>
            <Link to={`/w/${session.workshop.id}`}>
              {t('home.recentItem', {
                title: session.workshop.title,
                city: session.workshop.city,
                name: session.participant.displayName,
              })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
