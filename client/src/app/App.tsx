import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createBrowserRouter, Link, Outlet, RouterProvider, useMatch } from 'react-router-dom'
import { HomePage } from '../features/home/HomePage.tsx'
import { JoinPage } from '../features/join/JoinPage.tsx'
import { BoardView } from '../features/workshop/BoardView.tsx'
import { WorkshopPage } from '../features/workshop/WorkshopPage.tsx'
import { PlanRoute, PresentRoute } from '../features/workshop/WorkshopViews.tsx'
import { useApplyLanguage } from '../i18n/useLanguage.ts'
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx'

/** The frame of every page: a skip link, the brand and, outside a workshop, the language. */
export function Layout() {
  const { t } = useTranslation()
  // Inside a workshop, the workshop screen applies the workshop's language itself.
  const inWorkshop = useMatch('/w/:workshopId/*') !== null
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
        {inWorkshop ? null : <ApplyBrowserLanguage />}
        <LanguageSwitcher />
      </header>
      <Outlet />
    </>
  )
}

function ApplyBrowserLanguage() {
  useApplyLanguage()
  return null
}

export function NotFoundPage() {
  const { t } = useTranslation()
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
      { path: '/join', element: <JoinPage /> },
      { path: '/join/:code', element: <JoinPage /> },
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
