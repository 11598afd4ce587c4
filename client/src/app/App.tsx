import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router-dom'
import {
  ACCESSIBILITY_PATH,
  AccessibilityStatementLink,
  AccessibilityStatementPage,
} from '../features/accessibility/AccessibilityStatementPage.tsx'
import { HomePage } from '../features/home/HomePage.tsx'
import { JoinPage } from '../features/join/JoinPage.tsx'
import { LeaveDeviceButton } from '../features/privacy/LeaveDeviceButton.tsx'
import { LEFT_PATH, LeftPage } from '../features/privacy/LeftPage.tsx'
import { GONE_PATH, WorkshopGonePage } from '../features/privacy/WorkshopGonePage.tsx'
import { BoardView } from '../features/workshop/BoardView.tsx'
import { WorkshopPage } from '../features/workshop/WorkshopPage.tsx'
import { PlanRoute, PresentRoute } from '../features/workshop/WorkshopViews.tsx'
import { SET_PASSWORD_PATH, SetPasswordPage } from '../features/workspace/SetPasswordPage.tsx'
import { SIGN_IN_PATH, SignInPage, WORKSPACE_PATH } from '../features/workspace/SignInPage.tsx'
import { WorkspacePage } from '../features/workspace/WorkspacePage.tsx'
import { useApplyLanguage } from '../i18n/useLanguage.ts'
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx'
import { usePageTitle } from '../ui/usePageTitle.ts'
import { useFocusOnNavigation } from './useFocusOnNavigation.ts'

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
      <Outlet />
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

export const routes = [
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
      {
        path: '/w/:workshopId',
        element: <WorkshopPage />,
        children: [
          { index: true, element: <BoardView /> },
          { path: 'plan', element: <PlanRoute /> },
          { path: 'present', element: <PresentRoute /> },
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
