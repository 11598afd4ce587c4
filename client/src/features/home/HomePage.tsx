import { Link, useNavigate } from '../../app/router.tsx'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { JoinForm } from '../join/JoinForm.tsx'
import { CreateWorkshopForm } from './CreateWorkshopForm.tsx'
import { RecentWorkshops } from './RecentWorkshops.tsx'

export function HomePage() {
  const { t } = useTranslation()
  usePageTitle(t('home.title'))
  const navigate = useNavigate()
  const saveSession = useSessionStore((s) => s.saveSession)
  const enter = (session: Session) => {
    saveSession(session)
    navigate(`/w/${session.workshop.id}`)
  }

  return (
    <main className="page" id="main">
      <div className="hero">
        <h1>{t('home.title')}</h1>
        <p className="hero__lead">{t('home.lead')}</p>
        <p>
          <Link to="/signin">{t('home.staffSignIn')}</Link>
        </p>
      </div>
      <RecentWorkshops />
      <div className="home-grid">
        <section className="panel" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('home.joinHeading')}</h2>
          <JoinForm onJoined={enter} />
        </section>
        <section className="panel" aria-labelledby="create-heading">
          <h2 id="create-heading">{t('home.createHeading')}</h2>
          <p className="panel__lead">{t('home.createLead')}</p>
          <CreateWorkshopForm onCreated={enter} />
        </section>
      </div>
    </main>
  )
}
