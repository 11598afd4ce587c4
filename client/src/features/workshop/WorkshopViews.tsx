import { lazy, type ReactNode, Suspense, useMemo } from 'react'
import type { Session } from '../../app/sessionStore.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { withWorkspaceTexts } from '../../i18n/workspaceTexts.ts'
import type { WorkshopDocsWithPlan } from '../../sync/useWorkshopDocs.ts'
import { lazyNamed } from '../../ui/lazyNamed.ts'
import { useWorkshopOutlet } from './workshopOutlet.ts'

/**
 * The plan and the presentation as the workshop screen's routes: each reads the docs the screen
 * keeps open and hands them to its feature, which knows nothing of routes.
 */

// The plan's editor and chart are the app's heaviest code; the board does without them.
const PlanView = lazy(() =>
  import('../plan/PlanView.tsx').then((module) => ({ default: module.PlanView })),
)

// The presentation draws the same chart, so it waits for ECharts as the plan does.
const PresentView = lazy(() =>
  import('../present/PresentView.tsx').then((module) => ({ default: module.PresentView })),
)

// What became of one's proposals is asked for now and then, weeks later: never on the board's way.
const MyProposalsView = lazyNamed(
  () => withWorkspaceTexts(import('../proposals/MyProposalsView.tsx')),
  'MyProposalsView',
)

function Connecting() {
  const { t } = useTranslation()
  return <p className="board__empty">{t('connection.connecting')}</p>
}

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Connecting />}>{children}</Suspense>
}

/** The screen's docs once it has opened the plan (it does when this route shows), else null. */
function useDocsWithPlan(): { docs: WorkshopDocsWithPlan | null; session: Session } {
  const { docs, session } = useWorkshopOutlet()
  const { plan } = docs
  const withPlan = useMemo(() => (plan ? { ...docs, plan } : null), [docs, plan])
  return { docs: withPlan, session }
}

/** `/w/:workshopId/plan` */
export function PlanRoute() {
  const { docs, session } = useDocsWithPlan()
  const { api } = useWorkshopOutlet()
  if (!docs) return <Connecting />
  return (
    <Loading>
      <PlanView docs={docs} session={session} api={api} />
    </Loading>
  )
}

/** `/w/:workshopId/present` */
export function PresentRoute() {
  const { docs, session } = useDocsWithPlan()
  if (!docs) return <Connecting />
  return (
    <Loading>
      <PresentView docs={docs} session={session} />
    </Loading>
  )
}

/** `/w/:workshopId/proposals`: what happened to my proposals ([W11]). */
export function MyProposalsRoute() {
  const { session, api } = useWorkshopOutlet()
  const { workshop } = session
  return (
    <Loading>
      <MyProposalsView api={api} workshopTitle={workshop.title} boardPath={`/w/${workshop.id}`} />
    </Loading>
  )
}
