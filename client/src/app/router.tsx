import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react'

/**
 * The app's router: the few parts of react-router's API the screens use (route objects with
 * nested layouts and `:params`, Link, NavLink, Navigate, Outlet with a context, and the location
 * hooks) over the History API, or over a list in memory for the tests. It replaced react-router,
 * whose 13 KB of gzipped code were most of what kept a phone over its budget (client/README.md).
 */

export interface RouteObject {
  path?: string
  index?: boolean
  element: ReactNode
  children?: RouteObject[]
}

export interface Location {
  pathname: string
  search: string
  hash: string
  state: unknown
}

export interface NavigateOptions {
  replace?: boolean
  state?: unknown
}

export type Params = Record<string, string | undefined>

/** Where the app is and how it moves: the browser's history, or a list in memory (tests). */
export interface Router {
  readonly routes: RouteObject[]
  readonly state: { location: Location }
  navigate(to: string, options?: NavigateOptions): void
  subscribe(listener: () => void): () => void
}

function parsePath(to: string, state: unknown): Location {
  const url = new URL(to, 'http://router.local')
  return { pathname: url.pathname, search: url.search, hash: url.hash, state: state ?? null }
}

class ListenedRouter {
  readonly state: { location: Location }
  protected readonly listeners = new Set<() => void>()
  constructor(
    readonly routes: RouteObject[],
    location: Location,
  ) {
    this.state = { location }
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
  protected moveTo(location: Location): void {
    this.state.location = location
    for (const listener of this.listeners) listener()
  }
}

class BrowserRouter extends ListenedRouter implements Router {
  constructor(routes: RouteObject[]) {
    super(routes, BrowserRouter.current())
    window.addEventListener('popstate', () => this.moveTo(BrowserRouter.current()))
  }
  private static current(): Location {
    const { pathname, search, hash } = window.location
    return {
      pathname,
      search,
      hash,
      state: (window.history.state as { usr?: unknown })?.usr ?? null,
    }
  }
  navigate(to: string, { replace = false, state }: NavigateOptions = {}): void {
    const location = parsePath(to, state)
    const url = `${location.pathname}${location.search}${location.hash}`
    if (replace) window.history.replaceState({ usr: location.state }, '', url)
    else window.history.pushState({ usr: location.state }, '', url)
    this.moveTo(location)
  }
}

class MemoryRouter extends ListenedRouter implements Router {
  navigate(to: string, { state }: NavigateOptions = {}): void {
    this.moveTo(parsePath(to, state))
  }
}

export function createBrowserRouter(routes: RouteObject[]): Router {
  return new BrowserRouter(routes)
}

export function createMemoryRouter(
  routes: RouteObject[],
  { initialEntries = ['/'] }: { initialEntries?: string[] } = {},
): Router {
  return new MemoryRouter(routes, parsePath(initialEntries.at(-1) ?? '/', null))
}

/** `pattern`'s params when it matches the whole of `pathname` (`*` matches any rest), else null. */
export function matchPath(pattern: string, pathname: string): Params | null {
  const want = pattern.split('/').filter(Boolean)
  const have = pathname.split('/').filter(Boolean)
  const params: Params = {}
  for (const [i, segment] of want.entries()) {
    if (segment === '*') {
      params['*'] = have.slice(i).join('/')
      return params
    }
    const part = have[i]
    if (part === undefined) return null
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(part)
    else if (segment !== part) return null
  }
  return have.length === want.length ? params : null
}

interface Match {
  branch: RouteObject[]
  params: Params
}

function joinPaths(parent: string, path: string | undefined): string {
  if (path === undefined) return parent
  if (path.startsWith('/')) return path
  return `${parent.replace(/\/$/, '')}/${path}`
}

/** The first branch of the route tree whose path matches, layouts first, in the table's order. */
function matchRoutes(routes: RouteObject[], pathname: string, parentPath = '/'): Match | null {
  for (const route of routes) {
    const path = joinPaths(parentPath, route.path)
    if (route.children) {
      const inner = matchRoutes(route.children, pathname, path)
      if (inner) return { branch: [route, ...inner.branch], params: inner.params }
    }
    if (route.path === undefined && !route.index) continue
    const params = matchPath(path, pathname)
    if (params) return { branch: [route], params }
  }
  return null
}

interface RouteContextValue {
  router: Router
  location: Location
  params: Params
  /** What the rendering route's <Outlet /> shows: the rest of the matched branch. */
  rest: RouteObject[]
  outletContext: unknown
}

const RouteContext = createContext<RouteContextValue | null>(null)

function useRouteContext(): RouteContextValue {
  const value = useContext(RouteContext)
  if (!value) throw new Error('outside a RouterProvider')
  return value
}

function renderBranch(base: Omit<RouteContextValue, 'rest'>, branch: RouteObject[]): ReactNode {
  const [route, ...rest] = branch
  if (!route) return null
  return <RouteContext.Provider value={{ ...base, rest }}>{route.element}</RouteContext.Provider>
}

/** Renders the route the router's location matches, and again whenever it moves. */
export function RouterProvider({ router }: { router: Router }) {
  const location = useSyncExternalStore(
    (listener) => router.subscribe(listener),
    () => router.state.location,
  )
  const match = useMemo(() => matchRoutes(router.routes, location.pathname), [router, location])
  if (!match) return null
  return renderBranch(
    { router, location, params: match.params, outletContext: undefined },
    match.branch,
  )
}

/** Where a layout shows its matched child route; `context` is what useOutletContext gives it. */
export function Outlet({ context }: { context?: unknown }) {
  const value = useRouteContext()
  return renderBranch({ ...value, outletContext: context ?? value.outletContext }, value.rest)
}

export function useOutletContext<T>(): T {
  return useRouteContext().outletContext as T
}

export function useInRouterContext(): boolean {
  return useContext(RouteContext) !== null
}

export function useLocation(): Location {
  return useRouteContext().location
}

export function useParams(): Params {
  return useRouteContext().params
}

export function useNavigate(): (to: string, options?: NavigateOptions) => void {
  const { router } = useRouteContext()
  return useMemo(() => router.navigate.bind(router), [router])
}

/** The match of `pattern` against the whole location, or null. */
export function useMatch(pattern: string): Params | null {
  const { pathname } = useLocation()
  return useMemo(() => matchPath(pattern, pathname), [pattern, pathname])
}

export function useSearchParams(): [URLSearchParams] {
  const { search } = useLocation()
  return [useMemo(() => new URLSearchParams(search), [search])]
}

/** Goes to `to` once rendered. */
export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  const navigate = useNavigate()
  useEffect(() => navigate(to, { replace, state }), [navigate, to, replace, state])
  return null
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string
  replace?: boolean
  state?: unknown
}

/** A real link (it opens in a new tab as any other) that moves within the app on a plain click. */
export function Link({ to, replace, state, onClick, ...rest }: LinkProps) {
  const navigate = useNavigate()
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey ||
      (rest.target && rest.target !== '_self')
    ) {
      return
    }
    event.preventDefault()
    navigate(to, { replace, state })
  }
  return <a href={to} onClick={handleClick} {...rest} />
}

/** A link that says, with aria-current="page", when it leads where the app is (`end`: exactly). */
export function NavLink({ end = false, ...props }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation()
  const target = props.to.replace(/\/$/, '') || '/'
  const here = pathname.replace(/\/$/, '') || '/'
  const active = here === target || (!end && here.startsWith(`${target}/`))
  return <Link {...props} aria-current={active ? 'page' : undefined} />
}
