import { lazy, type ReactNode, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
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

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Suspense fallback={<p className="board__empty">{t('connection.connecting')}</p>}>
      {children}
    </Suspense>
  )
}

/** `/w/:workshopId/plan` */
export function PlanRoute() {
  const { docs, session, api } = useWorkshopOutlet()
  return (
    <Loading>
      <PlanView docs={docs} session={session} api={api} />
    </Loading>
  )
}

/** `/w/:workshopId/present` */
export function PresentRoute() {
  const { docs, session } = useWorkshopOutlet()
  return (
    <Loading>
      <PresentView docs={docs} session={session} />
    </Loading>
  )
}
