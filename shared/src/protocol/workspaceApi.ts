import { z } from 'zod'
import { type Account, emailSchema, passwordSchema, STAFF_ROLES } from '../domain/account.ts'
import { displayNameSchema, type Participant } from '../domain/participant.ts'
import type { Workshop } from '../domain/workshop.ts'
import type { Workspace } from '../domain/workspace.ts'

/**
 * Staff accounts and their workspace (docs/workspaces.md). The session is an httpOnly cookie;
 * nothing below carries it.
 *
 *   POST   /api/session                          { email, password }  sign in (sets the cookie)
 *   GET    /api/session                                               who is signed in
 *   DELETE /api/session                                               sign out
 *   POST   /api/account/link                     { link }             what an admin's link is for
 *   POST   /api/account/password                 { link, password }   honour it: set the password
 *   GET    /api/workspace/workshops                                   the workspace's workshops
 *   POST   /api/workspace/workshops              CreateWorkshopRequest
 *   POST   /api/workspace/workshops/:id/open                          a workshop token for me
 *   POST   /api/workspace/staff                  { email, … }         an admin adds staff
 */

export const signInRequestSchema = z.object({
  email: emailSchema,
  // No length rule here: a sign-in says "wrong email or password", never which rule failed.
  password: z.string().min(1).max(1024),
})
export type SignInRequest = z.input<typeof signInRequestSchema>

export interface SessionResponse {
  account: Account
  workspace: Workspace
}

/** What an administrator's link does, read before the person chooses a password. */
export const ACCOUNT_LINK_PURPOSES = ['setup', 'invite', 'recovery'] as const
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number]

export const accountLinkRequestSchema = z.object({ link: z.string().min(16).max(4000) })
export type AccountLinkRequest = z.input<typeof accountLinkRequestSchema>

export interface AccountLinkResponse {
  purpose: AccountLinkPurpose
  email: string
  /** The workspace the account is (or will be) in. */
  workspaceName: string
}

export const setPasswordRequestSchema = z.object({
  link: z.string().min(16).max(4000),
  password: passwordSchema,
})
export type SetPasswordRequest = z.input<typeof setPasswordRequestSchema>

export interface WorkspaceWorkshop {
  workshop: Workshop
  joinCode: string
}

export interface ListWorkspaceWorkshopsResponse {
  /** The newest first. */
  workshops: WorkspaceWorkshop[]
}

/** A short-lived workshop token for the signed-in account, in its role, as its one participant. */
export interface OpenWorkshopResponse {
  workshop: Workshop
  joinCode: string
  token: string
  participant: Participant
  /** When the token stops working; the client asks again before then. */
  expiresAt: string
}

export const addStaffRequestSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  role: z.enum(STAFF_ROLES),
  isAdmin: z.boolean().default(false),
})
export type AddStaffRequest = z.input<typeof addStaffRequestSchema>

export interface AddStaffResponse {
  /** Where the new staff member sets their password: a signed link, shown once. */
  path: string
  expiresAt: string
}
