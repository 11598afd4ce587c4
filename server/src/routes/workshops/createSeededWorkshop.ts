import {
  type createWorkshopRequestSchema,
  languagePack,
  newId,
  type Participant,
  type Role,
  registerParticipant,
  type Workshop,
  workshopSettingsSchema,
} from '@pactboard/shared'
import { seedPlanDocument } from '@pactboard/shared/editor'
import type { z } from 'zod'
import type { AppContext } from '../../context.ts'
import { createWorkshopWithFreshCode } from '../../storage/createWorkshopWithFreshCode.ts'
import { seedRunning } from './seedRunning.ts'

export type ParsedCreateWorkshop = z.output<typeof createWorkshopRequestSchema>

/** Who starts the workshop: its first participant, in the ledger before anyone else. */
export interface WorkshopCreator {
  displayName?: string
  role: Extract<Role, 'facilitator' | 'planner'>
}

/** Where a workshop belongs, and what a workspace does before it is seeded. */
export interface SeedingOptions {
  workspaceId?: string | null
  /** A workspace links its account to the participant first, so the account is this one person. */
  beforeSeeding?: (workshop: Workshop, participantId: string) => Promise<string>
  /** A workspace's plan has an id of its own (workspacePlan/planRoom.ts); else a fresh one. */
  id?: string
  /** A workspace's plan is for its staff: joining by code starts closed. */
  joinLocked?: boolean
}

/**
 * A new workshop, stored and seeded: the creator in the ledger, the plan's sections, the agenda,
 * the voting rules and pre-moderation. One function for `POST /api/workshops` (no account), a
 * workspace's `POST /api/workspace/workshops` and its plan, so all start alike.
 */
export async function createSeededWorkshop(
  { store, registry }: Pick<AppContext, 'store' | 'registry'>,
  body: ParsedCreateWorkshop,
  creator: WorkshopCreator,
  { workspaceId = null, beforeSeeding, id, joinLocked = false }: SeedingOptions = {},
): Promise<{ workshop: Workshop; joinCode: string; participant: Participant }> {
  const now = new Date().toISOString()
  const workshop: Workshop = {
    id: id ?? newId(),
    title: body.title,
    city: body.city,
    language: body.language,
    template: body.template,
    createdAt: now,
    phase: null,
    joinLocked,
    settings: workshopSettingsSchema.parse(body.settings),
  }
  const joinCode = await createWorkshopWithFreshCode(store, workshop, workspaceId)
  const participantId = (await beforeSeeding?.(workshop, newId())) ?? newId()
  const participant: Participant = {
    id: participantId,
    displayName:
      creator.displayName ??
      body.facilitatorName ??
      languagePack(body.language).workshop.facilitatorName,
    role: creator.role,
    actorId: null,
    joinedAt: now,
  }
  await registry.write({ workshopId: workshop.id, doc: 'ledger' }, (doc) =>
    registerParticipant(doc, participant),
  )
  // The server seeds the plan's sections, never a client: two clients seeding an empty plan at
  // once would each write the skeleton and the merge would hold it twice. The check that it
  // was not seeded runs inside the same write, so a second attempt changes nothing.
  await registry.write({ workshopId: workshop.id, doc: 'plan' }, (doc) =>
    seedPlanDocument(doc, workshop.language),
  )
  // The agenda, the voting rules and pre-moderation, seeded the same way and for the same reason.
  await seedRunning(registry, workshop, participant.id)
  return { workshop, joinCode, participant }
}
