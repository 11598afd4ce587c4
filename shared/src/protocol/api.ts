import { z } from 'zod'
import { type Actor, actorInputSchema } from '../domain/actor.ts'
import { ROLES, type Role, WORKSHOP_TEMPLATES } from '../domain/enums.ts'
import { displayNameSchema, type Participant } from '../domain/participant.ts'
import { type Workshop, workshopSettingsSchema } from '../domain/workshop.ts'
import { LANGUAGES, type Language } from '../i18n/languages.ts'

/** Request and response bodies of the HTTP API (DESIGN §4), shared by server, client and tests. */

export const createWorkshopRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(120),
    city: z.string().trim().min(2).max(80),
    language: z.enum(LANGUAGES).default('en'),
    template: z.enum(WORKSHOP_TEMPLATES).default('citizen_workshop'),
    /** Left out, the facilitator is called by their role in the workshop's language. */
    facilitatorName: displayNameSchema.optional(),
    settings: workshopSettingsSchema.partial().default({}),
  })
  .refine((r) => r.settings.secondLanguage !== r.language, {
    message: 'The second language is another language than the first',
    path: ['settings', 'secondLanguage'],
  })
export type CreateWorkshopRequest = z.input<typeof createWorkshopRequestSchema>

export interface CreateWorkshopResponse {
  workshop: Workshop
  joinCode: string
  facilitatorToken: string
  participant: Participant
}

export const joinRequestSchema = z
  .object({
    code: z.string().trim().min(1).max(20).optional(),
    /** An invite link's token; it names the workshop and the role, so no code is needed. */
    invite: z.string().min(16).max(4000).optional(),
    displayName: displayNameSchema,
    role: z.enum(ROLES).default('participant'),
    actor: actorInputSchema.optional(),
  })
  .refine((r) => r.code !== undefined || r.invite !== undefined, {
    message: 'Enter the join code',
    path: ['code'],
  })
  .refine((r) => r.role !== 'company' || r.actor !== undefined, {
    message: 'A company representative names their organisation',
    path: ['actor'],
  })
export type JoinRequest = z.input<typeof joinRequestSchema>

export interface JoinResponse {
  workshopId: string
  /** Everyone in the room may pass the code on; an invitee learns it here. */
  joinCode: string
  token: string
  participant: Participant
  workshop: Workshop
}

/**
 * `POST /api/workshops/:id/invites`: the facilitator invites someone into a role ([P6]); an invite
 * for a company representative may name the organisation they join as ([P26]).
 */
export const createInviteRequestSchema = z
  .object({ role: z.enum(ROLES), actorId: z.string().min(1).max(64).optional() })
  .refine((r) => r.actorId === undefined || r.role === 'company', {
    message: 'Only a company representative’s invite names an organisation',
    path: ['actorId'],
  })
export type CreateInviteRequest = z.input<typeof createInviteRequestSchema>

export interface CreateInviteResponse {
  invite: {
    /** The invite's record: `GET …/invites` lists it, `DELETE …/invites/:id` revokes it. */
    id: string
    token: string
    role: Role
    /** [P26] The organisation whoever joins with it represents. */
    actorId: string | null
    expiresAt: string
    /** Where the invited person goes: the join page with the invite, on this server. */
    path: string
  }
}

/** An invite as the server keeps it: never its token, which only its link holds. */
export interface InviteInfo {
  id: string
  role: Role
  createdAt: string
  expiresAt: string
  /** The participant id of the facilitator who created it. */
  createdBy: string
  /** When a facilitator revoked it; a revoked invite lets nobody join. */
  revokedAt: string | null
  /** [P26] The organisation whoever joins with it represents; null for other invites. */
  actorId: string | null
}

/** `GET /api/workshops/:id/invites`: every invite of the workshop, newest first. */
export interface ListInvitesResponse {
  invites: InviteInfo[]
}

/** `DELETE /api/workshops/:id/invites/:inviteId`. */
export interface RevokeInviteResponse {
  invite: InviteInfo
}

/** `GET /api/workshops/:id` with a token of that workshop. */
export interface GetWorkshopResponse {
  workshop: Workshop
  joinCode: string
}

/** `PATCH /api/workshops/:id` ([P12]): what a facilitator may change on the workshop itself. */
export const updateWorkshopRequestSchema = z.object({ joinLocked: z.boolean() }).strict()
export type UpdateWorkshopRequest = z.input<typeof updateWorkshopRequestSchema>

/** `DELETE /api/workshops/:id/participants/:participantId` ([P12]): the registry entry, removed. */
export interface RemoveParticipantResponse {
  participant: Participant
}

/**
 * `POST /api/join/languages` (no auth): the languages of the workshop a join code or an invite
 * leads to, so that the join screen speaks one of them before anyone has joined.
 */
export const joinLanguagesRequestSchema = z
  .object({
    code: z.string().trim().min(1).max(20).optional(),
    invite: z.string().min(16).max(4000).optional(),
  })
  .refine((r) => r.code !== undefined || r.invite !== undefined, {
    message: 'Enter the join code',
    path: ['code'],
  })
export type JoinLanguagesRequest = z.input<typeof joinLanguagesRequestSchema>

export interface JoinLanguagesResponse {
  /** The workshop's languages, its first (seeding and exports) first. */
  languages: Language[]
}

/** What a signed token says about its bearer. */
export interface TokenClaims {
  workshopId: string
  participantId: string
  role: Role
  actorId: string | null
}

/**
 * `POST /api/workshops/:id/organisations` (a facilitator adds one to the directory; the body is an
 * `ActorInput`) and `PATCH …/organisations/:actorId` (a facilitator, or the organisation's own
 * representative; the body is an `ActorPatch`) ([P25]).
 */
export interface OrganisationResponse {
  organisation: Actor
}

/** An add: the organisation, and whether the workspace's directory had it already ([W21]). */
export interface AddOrganisationResponse extends OrganisationResponse {
  fromDirectory: boolean
}
