import { formatJoinCode, normalizeJoinCode } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { Link, useLocation, useNavigate, useParams, useSearchParams } from '../../app/router.tsx'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import { warmFormatters } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { JoinForm } from './JoinForm.tsx'
import { useJoinLanguages } from './useJoinLanguages.ts'

export interface JoinLocationState {
  /** Why the workshop screen sent someone here: their token ran out, or they were removed. */
  notice?: 'sessionExpired' | 'removed'
}

/** Phone-first: a participant scans the QR code or types the code they hear in the hall. */
export function JoinPage() {
  const { t } = useTranslation()
  usePageTitle(t('join.title'))
  const { code: codeParam = '' } = useParams()
  const invite = useSearchParams()[0].get('invite') ?? undefined
  const navigate = useNavigate()
  const notice = (useLocation().state as JoinLocationState | null)?.notice
  const saveSession = useSessionStore((s) => s.saveSession)
  const normalized = normalizeJoinCode(codeParam)
  const [typedCode, setTypedCode] = useState<string | null>(normalized)
  useJoinLanguages(typedCode, invite)
  const language = useCurrentLanguage()
  // the board comes next: its number formatters are built while this screen waits
  useEffect(() => warmFormatters(language), [language])
  // Someone who joined this workshop before (and still has a session) can go straight back.
  const existing = useSessionStore((s) =>
    normalized ? Object.values(s.sessions).find((x) => x.joinCode === normalized) : undefined,
  )

  const handleJoined = (session: Session) => {
    saveSession(session)
    navigate(`/w/${session.workshop.id}`)
  }

  return (
    <main className="page page--narrow" id="main">
      <h1>{t('join.title')}</h1>
      {notice ? (
        <p role="alert" className="notice notice--warning">
          {t(notice === 'removed' ? 'join.removed' : 'join.sessionExpired')}
        </p>
      ) : null}
      {existing && !notice ? (
        <p className="notice">
          <Link to={`/w/${existing.workshop.id}`}>
            {t('join.continueAs', {
              name: existing.participant.displayName,
              title: existing.workshop.title,
            })}
          </Link>
        </p>
      ) : null}
      <JoinForm
        invite={invite}
        initialCode={normalized ? formatJoinCode(normalized) : codeParam}
        onCodeChange={(code) => setTypedCode(normalizeJoinCode(code))}
        onJoined={handleJoined}
      />
      <p className="page__footer-link">
        <Link to="/">{t('join.orCreate')}</Link>
      </p>
    </main>
  )
}
