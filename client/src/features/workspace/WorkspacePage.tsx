import { can, type SessionResponse, type WorkspaceWorkshop } from '@pactboard/shared'
import { useCallback, useEffect, useState } from 'react'
import { ApiError } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import {
  createWorkspaceWorkshop,
  fetchSession,
  listWorkspaceWorkshops,
  openWorkspacePlan,
  openWorkspaceWorkshop,
  signOut,
} from '../../api/workspaceApi.ts'
import { Navigate, useNavigate } from '../../app/router.tsx'
import { useSessionStore } from '../../app/sessionStore.ts'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { CandidateList } from '../candidates/CandidateList.tsx'
import { CreateWorkshopForm } from '../home/CreateWorkshopForm.tsx'
import { LibrariesSection } from '../libraries/LibrariesSection.tsx'
import { SIGN_IN_PATH } from './paths.ts'
import { staffSession } from './staffSession.ts'
import { WorkspaceOrganisations } from './WorkspaceOrganisations.tsx'

interface Loaded {
  session: SessionResponse
  workshops: WorkspaceWorkshop[]
}

/**
 * `/workspace`: a signed-in staff member's workspace: its plan ([W25]) and its workshops (open
 * either as the account's role), a new workshop (facilitators), its organisations, the candidate
 * list, the measure libraries, sign out. Without a session it sends
 * them to sign in.
 */
export function WorkspacePage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const language = useCurrentLanguage()
  const saveSession = useSessionStore((s) => s.saveSession)
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [signedOut, setSignedOut] = useState(false)
  const [created, setCreated] = useState<string | null>(null)
  // A library's import adds candidates: the list is read again, from its start.
  const [listVersion, setListVersion] = useState(0)
  usePageTitle(loaded?.session.workspace.name ?? t('staff.workspaceTitle'))
  const load = useApiCall()
  const open = useApiCall()
  const leave = useApiCall()
  const { run } = load

  const refresh = useCallback(
    () =>
      run(async () => {
        try {
          const [session, list] = await Promise.all([fetchSession(), listWorkspaceWorkshops()])
          setLoaded({ session, workshops: list.workshops })
        } catch (error) {
          if (error instanceof ApiError && error.code === 'NOT_SIGNED_IN') {
            setSignedOut(true)
            return
          }
          throw error
        }
      }),
    [run],
  )

  useEffect(() => {
    void refresh()
  }, [refresh])

  if (signedOut) return <Navigate to={SIGN_IN_PATH} replace />

  const handleOpen = (workshopId: string) =>
    open.run(async () => {
      const opened = await openWorkspaceWorkshop(workshopId)
      saveSession(staffSession(opened))
      navigate(`/w/${workshopId}`)
    })

  const handleOpenPlan = () =>
    open.run(async () => {
      const opened = await openWorkspacePlan()
      saveSession(staffSession(opened))
      navigate(`/w/${opened.workshop.id}/plan`)
    })

  const handleSignOut = () =>
    leave.run(async () => {
      await signOut()
      navigate(SIGN_IN_PATH)
    })

  const account = loaded?.session.account
  const openLabel =
    account?.role === 'planner' ? t('staff.openAsPlanner') : t('staff.openAsFacilitator')

  return (
    <main className="page" id="main">
      <div className="hero">
        <h1>{loaded?.session.workspace.name ?? t('staff.workspaceTitle')}</h1>
        {account ? (
          <p className="hero__lead">
            {t('staff.signedInAs', {
              name: account.displayName,
              email: account.email,
              role: t(`enums.role.${account.role}`),
            })}
          </p>
        ) : null}
        <button
          type="button"
          className="button"
          onClick={() => void handleSignOut()}
          disabled={leave.busy}
        >
          {t('staff.signOut')}
        </button>
        <CallError error={leave.error} />
      </div>
      <CallError error={load.error} onRetry={() => void load.retry()} />
      {loaded ? (
        <div className="home-grid">
          <section className="panel" aria-labelledby="workspace-plan-heading">
            <h2 id="workspace-plan-heading">{t('staff.planHeading')}</h2>
            <p>{t('staff.planLead')}</p>
            <button
              type="button"
              className="button button--primary"
              disabled={open.busy}
              onClick={() => void handleOpenPlan()}
            >
              {t('staff.openPlan')}
            </button>
          </section>
          <section className="panel" aria-labelledby="workspace-workshops-heading">
            <h2 id="workspace-workshops-heading">{t('staff.workshopsHeading')}</h2>
            {loaded.workshops.length === 0 ? <p>{t('staff.noWorkshops')}</p> : null}
            <ul className="workspace-workshops">
              {loaded.workshops.map(({ workshop, joinCode }) => (
                <li key={workshop.id} className="workspace-workshops__item">
                  <h3>{workshop.title}</h3>
                  <p>
                    {t('staff.workshopMeta', {
                      city: workshop.city,
                      date: formatDate(workshop.createdAt, language),
                      code: joinCode,
                    })}
                  </p>
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={open.busy}
                    onClick={() => void handleOpen(workshop.id)}
                  >
                    {openLabel}
                    <span className="visually-hidden">: {workshop.title}</span>
                  </button>
                </li>
              ))}
            </ul>
            <CallError error={open.error} />
            {loaded.workshops.length > 0 ? <WorkspaceRegisterLinks language={language} /> : null}
          </section>
          {account?.role === 'facilitator' ? (
            <section className="panel" aria-labelledby="workspace-create-heading">
              <h2 id="workspace-create-heading">{t('staff.createHeading')}</h2>
              {created ? <p role="status">{t('staff.created', { title: created })}</p> : null}
              <CreateWorkshopForm
                create={createWorkspaceWorkshop}
                onCreated={(session) => {
                  setCreated(session.workshop.title)
                  void refresh()
                }}
              />
            </section>
          ) : null}
        </div>
      ) : null}
      {loaded ? (
        <WorkspaceOrganisations
          workshops={loaded.workshops}
          canKeep={can(loaded.session.account.role, 'manageOrganisations')}
        />
      ) : null}
      {loaded ? <CandidateList key={listVersion} workshops={loaded.workshops} /> : null}
      {loaded ? (
        <LibrariesSection
          workshops={loaded.workshops}
          onImported={() => setListVersion((version) => version + 1)}
        />
      ) : null}
    </main>
  )
}

const REGISTER_FORMATS = [
  { format: 'xlsx', label: 'XLSX' },
  { format: 'csv', label: 'CSV' },
] as const

/**
 * [W14] Every workshop's commitments in one register. Plain links: the session's cookie goes with
 * them, and the browser saves the file the server names.
 */
function WorkspaceRegisterLinks({ language }: { language: string }) {
  const { t } = useTranslation()
  return (
    <p className="inline-actions">
      <span>{t('staff.registerAll')}</span>
      {REGISTER_FORMATS.map(({ format, label }) => (
        <a
          key={format}
          className="button button--small"
          href={`/api/workspace/commitments/export?format=${format}&lang=${encodeURIComponent(language)}`}
          download
          aria-label={t('staff.registerAllAs', { format: label })}
        >
          {label}
        </a>
      ))}
    </p>
  )
}
