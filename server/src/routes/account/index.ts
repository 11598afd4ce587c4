import {
  type Account,
  type AccountLinkResponse,
  accountLinkRequestSchema,
  newId,
  type SessionResponse,
  setPasswordRequestSchema,
  signInRequestSchema,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { VerifiedAccountLink } from '../../auth/accountLinks.ts'
import { hashPassword, verifyPassword } from '../../auth/passwords.ts'
import { requireJsonBody } from '../../auth/sessions.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { EmailTakenError, type StoredAccount } from '../../storage/accounts/AccountStore.ts'

/**
 * Staff sign-in and the administrator's links (docs/workspaces.md, [W1]–[W6]):
 *
 *   POST   /api/session            { email, password }  [W5] sign in: sets the session cookie
 *   GET    /api/session                                 [W4] the signed-in account and workspace
 *   DELETE /api/session                                 [W4] sign out: the session row goes
 *   POST   /api/account/link       { link }             [W6] what a link is for, before using it
 *   POST   /api/account/password   { link, password }   [W6] honour it, then signed in
 */

const WINDOW_MS = 60_000
const LINK_INVALID = 'This link has expired or was already used; ask for a new one'

export function publicAccount(account: StoredAccount): Account {
  const { passwordHash: _hash, passwordChangedAt: _changed, ...rest } = account
  return rest
}

export const accountRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, sessions, accountLinks, config } = context
  const { accounts } = store

  const sessionResponse = async (account: StoredAccount): Promise<SessionResponse> => {
    const workspace = await accounts.getWorkspace(account.workspaceId)
    if (!workspace) throw new ApiError('NOT_SIGNED_IN', 'The workspace is gone')
    return { account: publicAccount(account), workspace }
  }

  const perEmail = app.createRateLimit({
    max: config.rateLimits.signInPerEmailPerMinute,
    timeWindow: WINDOW_MS,
    keyGenerator: (request: FastifyRequest) => {
      const email = (request.body as { email?: unknown } | null)?.email
      return `sign-in-email:${typeof email === 'string' ? email.trim().toLowerCase() : ''}`
    },
  })

  app.post(
    '/api/session',
    {
      config: { rateLimit: { max: config.rateLimits.signInPerMinute, timeWindow: WINDOW_MS } },
      // [W5] A second limit per email, from any address: guessing one person's password from
      // many addresses is slowed as much as guessing from one. (`createRateLimit`: the plugin's
      // own preHandler would be skipped, as the route's limit has already run for the request.)
      preHandler: async (request: FastifyRequest) => {
        const limit = await perEmail(request)
        if (!limit.isAllowed && limit.isExceeded) {
          throw new ApiError('RATE_LIMITED', 'Too many sign-in attempts; try again in a minute')
        }
      },
    },
    async (request, reply) => {
      const { email, password } = signInRequestSchema.parse(request.body)
      const account = await accounts.findAccountByEmail(email)
      // [W5] The same argon2 work whether or not the email has an account.
      const matches = await verifyPassword(account?.passwordHash ?? null, password)
      if (!account || !matches) {
        throw new ApiError('SIGN_IN_FAILED', 'Wrong email or password')
      }
      await sessions.start(reply, account.id)
      await accounts.deleteExpiredSessions(new Date().toISOString())
      request.log.info({ accountId: account.id }, 'staff signed in')
      return sessionResponse(account)
    },
  )

  app.get('/api/session', async (request, reply) => {
    const account = await sessions.require(request, reply)
    return sessionResponse(account)
  })

  app.delete('/api/session', async (request, reply) => {
    await sessions.end(request, reply)
    return reply.code(204).send()
  })

  /** [W6] The link's claims when it can still be used, else 410 ACCOUNT_LINK_INVALID. */
  const usableLink = async (
    token: string,
  ): Promise<VerifiedAccountLink & { workspaceName: string }> => {
    const link = await accountLinks.verify(token)
    if (!link) throw new ApiError('ACCOUNT_LINK_INVALID', LINK_INVALID)
    const existing = await accounts.findAccountByEmail(link.email)
    if (link.purpose === 'setup') {
      if (existing || (await accounts.getWorkspace(link.workspace.id))) {
        throw new ApiError('ACCOUNT_LINK_INVALID', LINK_INVALID)
      }
      return { ...link, workspaceName: link.workspace.name }
    }
    if (link.purpose === 'invite') {
      const workspace = await accounts.getWorkspace(link.workspaceId)
      if (existing || !workspace) throw new ApiError('ACCOUNT_LINK_INVALID', LINK_INVALID)
      return { ...link, workspaceName: workspace.name }
    }
    // recovery: dead once the password changed after the link was made (its use among them)
    const changedAtMs = existing?.passwordChangedAt ? Date.parse(existing.passwordChangedAt) : null
    if (!existing || (changedAtMs !== null && changedAtMs >= link.issuedAtMs)) {
      throw new ApiError('ACCOUNT_LINK_INVALID', LINK_INVALID)
    }
    const workspace = await accounts.getWorkspace(existing.workspaceId)
    if (!workspace) throw new ApiError('ACCOUNT_LINK_INVALID', LINK_INVALID)
    return { ...link, workspaceName: workspace.name }
  }

  app.post('/api/account/link', async (request) => {
    const { link } = accountLinkRequestSchema.parse(request.body)
    const usable = await usableLink(link)
    const response: AccountLinkResponse = {
      purpose: usable.purpose,
      email: usable.email,
      workspaceName: usable.workspaceName,
    }
    return response
  })

  app.post(
    '/api/account/password',
    { config: { rateLimit: { max: config.rateLimits.signInPerMinute, timeWindow: WINDOW_MS } } },
    async (request, reply) => {
      requireJsonBody(request)
      const { link, password } = setPasswordRequestSchema.parse(request.body)
      const usable = await usableLink(link)
      const passwordHash = await hashPassword(password)
      const now = new Date()
      const at = now.toISOString()
      let accountId: string
      try {
        if (usable.purpose === 'setup') {
          accountId = newId()
          await accounts.createWorkspace(
            { ...usable.workspace, createdAt: at },
            {
              id: accountId,
              workspaceId: usable.workspace.id,
              email: usable.email,
              displayName: usable.displayName,
              role: 'facilitator',
              isAdmin: true,
              createdAt: at,
              passwordHash,
              passwordChangedAt: at,
            },
          )
        } else if (usable.purpose === 'invite') {
          accountId = newId()
          await accounts.createAccount({
            id: accountId,
            workspaceId: usable.workspaceId,
            email: usable.email,
            displayName: usable.displayName,
            role: usable.role,
            isAdmin: usable.isAdmin,
            createdAt: at,
            passwordHash,
            passwordChangedAt: at,
          })
        } else {
          const account = await accounts.findAccountByEmail(usable.email)
          if (!account) throw new ApiError('ACCOUNT_LINK_INVALID', LINK_INVALID)
          accountId = account.id
          // Ends every session of the account too: a thief signed in with the old password is out.
          await accounts.setPassword(accountId, passwordHash, at)
        }
      } catch (error) {
        // Two uses of one link racing: the second finds the email (or workspace) taken.
        if (error instanceof EmailTakenError) {
          throw new ApiError('ACCOUNT_LINK_INVALID', LINK_INVALID)
        }
        throw error
      }
      await sessions.start(reply, accountId)
      const account = await accounts.getAccount(accountId)
      if (!account) throw new ApiError('INTERNAL', 'The account was not kept')
      request.log.info({ accountId, purpose: usable.purpose }, 'staff password set from a link')
      return sessionResponse(account)
    },
  )
}
