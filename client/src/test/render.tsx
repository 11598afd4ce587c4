import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { routes } from '../app/App.tsx'
import { createMemoryRouter, RouterProvider } from '../app/router.tsx'

/** Renders the app's real routes at `path`, in memory. */
export function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  return { router, ...render(<RouterProvider router={router} />) }
}

/** Renders a component inside a router, for components that link or navigate. */
export function renderInRouter(element: ReactElement) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: ['/'] })
  return { router, ...render(<RouterProvider router={router} />) }
}

/** The API a component under test calls; tests that reach the network stub `fetch`. */
export const TEST_API = { workshopId: 'w-test', token: 'token-test' } as const

/**
 * A stubbed `fetch`'s calls, less the privacy notice's (every join form asks for it), so a test
 * reads the calls its action made.
 */
export function apiCalls(fetchMock: { mock: { calls: unknown[][] } }): [string, RequestInit][] {
  return (fetchMock.mock.calls as [string, RequestInit][]).filter(([url]) => url !== '/api/privacy')
}
