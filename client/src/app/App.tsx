import { Suspense, useState } from 'react'
import {
  ACCESSIBILITY_PATH,
  AccessibilityStatementLink,
  AccessibilityStatementPage,
} from '../features/accessibility/AccessibilityStatementPage.tsx'
import { JoinPage } from '../features/join/JoinPage.tsx'
import { LeaveDeviceButton } from '../features/privacy/LeaveDeviceButton.tsx'
import { LEFT_PATH, LeftPage } from '../features/privacy/LeftPage.tsx'
import { GONE_PATH, WorkshopGonePage } from '../features/privacy/WorkshopGonePage.tsx'
import { BoardView } from '../features/workshop/BoardView.tsx'
import { WorkshopPage } from '../features/workshop/WorkshopPage.tsx'
import { MyProposalsRoute, PlanRoute, PresentRoute } from '../features/workshop/WorkshopViews.tsx'
import { SET_PASSWORD_PATH, SIGN_IN_PATH, WORKSPACE_PATH } from '../features/workspace/paths.ts'
import { withPublicationTexts } from '../i18n/publicationTexts.ts'
import { useApplyLanguage } from '../i18n/useLanguage.ts'
import { useTranslation } from '../i18n/useTranslation.tsx'
import { withWorkspaceTexts } from '../i18n/workspaceTexts.ts'
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx'
import { lazyNamed } from '../ui/lazyNamed.ts'
import { usePageTitle } from '../ui/usePageTitle.ts'
import { createBrowserRouter, Link, Outlet, type RouteObject, RouterProvider } from './router.tsx'
import { useFocusOnNavigation } from './useFocusOnNavigation.ts'

// The facilitator's page: creating a workshop (its templates and settings) is not what a phone
// that came by the join link needs, so it is fetched when someone opens it.
const HomePage = lazyNamed(() => import('../features/home/HomePage.tsx'), 'HomePage')
// The staff's pages likewise, with their texts: no phone that joins a workshop signs in.
const SignInPage = lazyNamed(
  () => withWorkspaceTexts(import('../features/workspace/SignInPage.tsx')),
  'SignInPage',
)
const WorkspacePage = lazyNamed(
  () => withWorkspaceTexts(import('../features/workspace/WorkspacePage.tsx')),
  'WorkspacePage',
)
// A proposer's own link, opened weeks later on any device ([W12]).
const FollowPage = lazyNamed(
  () => withWorkspaceTexts(import('../features/proposals/FollowPage.tsx')),
  'FollowPage',
)
const SetPasswordPage = lazyNamed(
  () => withWorkspaceTexts(import('../features/workspace/SetPasswordPage.tsx')),
  'SetPasswordPage',
)
// A published plan's page, with its texts: the city's readers, never a phone on its way in.
const PublicPlanPage = lazyNamed(
  () => withPublicationTexts(import('../features/publicPlan/PublicPlanPage.tsx')),
  'PublicPlanPage',
)

/**
 * The frame of every page: a skip link, the brand and the language switcher. The layout applies
 * the language for every screen; a workshop's screens only say which languages they offer.
 */
export function Layout() {
  const { t } = useTranslation()
  useApplyLanguage()
  useFocusOnNavigation()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('common.appName')}
        </Link>
        <LanguageSwitcher />
      </header>
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
      <footer className="site-footer">
        <AccessibilityStatementLink />
        <LeaveDeviceButton />
      </footer>
    </>
  )
}

export function NotFoundPage() {
  const { t } = useTranslation()
  usePageTitle(t('notFound.title'))
  return (
    <main className="page page--narrow" id="main">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </main>
  )
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: ACCESSIBILITY_PATH, element: <AccessibilityStatementPage /> },
      { path: '/join', element: <JoinPage /> },
      { path: '/join/:code', element: <JoinPage /> },
      { path: LEFT_PATH, element: <LeftPage /> },
      { path: GONE_PATH, element: <WorkshopGonePage /> },
      { path: SIGN_IN_PATH, element: <SignInPage /> },
      { path: WORKSPACE_PATH, element: <WorkspacePage /> },
      { path: SET_PASSWORD_PATH, element: <SetPasswordPage /> },
      { path: '/follow', element: <FollowPage /> },
      { path: '/p/:slug', element: <PublicPlanPage /> },
      {
        path: '/w/:workshopId',
        element: <WorkshopPage />,
        children: [
          { index: true, element: <BoardView /> },
          { path: 'plan', element: <PlanRoute /> },
          { path: 'present', element: <PresentRoute /> },
          { path: 'proposals', element: <MyProposalsRoute /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

export function App() {
  const [router] = useState(() => createBrowserRouter(routes))
  return <RouterProvider router={router} />
}
