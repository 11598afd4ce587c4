import { isWorkspacePlan, languagePack, type Workshop, workspacePlanId } from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import type { StoredAccount } from '../../storage/accounts/AccountStore.ts'
import type { StoredWorkshop } from '../../storage/Store.ts'
import { createSeededWorkshop } from '../workshops/createSeededWorkshop.ts'

/**
 * [W25] A workspace's one plan lives in a workshop of its own, its **plan room**: its plan doc is
 * the city's plan document (sections, baseline and targets, the portfolio's order), its board
 * holds the measures the planners put in the plan, its versions, exports and public page are the
 * workspace's. Everything a workshop's plan does (the editor, the pathway, the investment plan,
 * versions, DOCX/PDF/XLSX, the public page) works on it unchanged.
 * Its id is the workspace's with a prefix (shared `workspacePlanId`, which says why).
 */
export const planRoomId = workspacePlanId

/** Whether a workshop is some workspace's plan room (then it is not a workshop of people). */
export const isPlanRoom = isWorkspacePlan

type PlanRoomContext = Pick<AppContext, 'store' | 'registry'>

export async function findPlanRoom(
  { store }: PlanRoomContext,
  workspaceId: string,
): Promise<StoredWorkshop | null> {
  return store.getWorkshop(planRoomId(workspaceId))
}

const creating = new Map<string, Promise<Workshop>>()

/**
 * The workspace's plan room, made on first need, seeded as any workshop in the workspace's
 * language with the account as its first participant, and closed to joining by code: its people
 * are the workspace's staff, who open it from their session ([W2]). One creation per workspace
 * in this process; another instance racing to create it meets the id taken and uses the room
 * that won.
 */
export async function ensurePlanRoom(
  context: PlanRoomContext,
  account: StoredAccount,
): Promise<Workshop> {
  const existing = await findPlanRoom(context, account.workspaceId)
  if (existing) return existing.workshop
  const pending = creating.get(account.workspaceId)
  if (pending) return pending
  const made = createPlanRoom(context, account).finally(() => creating.delete(account.workspaceId))
  creating.set(account.workspaceId, made)
  return made
}

async function createPlanRoom(context: PlanRoomContext, account: StoredAccount): Promise<Workshop> {
  const { store } = context
  const workspace = await store.accounts.getWorkspace(account.workspaceId)
  if (!workspace) throw new Error(`Workspace ${account.workspaceId} is gone`)
  const id = planRoomId(workspace.id)
  try {
    const { workshop } = await createSeededWorkshop(
      context,
      {
        title: languagePack(workspace.language)
          .workshop.workspacePlanTitle(workspace.name)
          .slice(0, 120),
        city: workspace.name.slice(0, 80),
        language: workspace.language,
        template: 'planner_sprint',
        settings: {},
      },
      { role: account.role, displayName: account.displayName },
      {
        id,
        joinLocked: true,
        workspaceId: workspace.id,
        beforeSeeding: async (created, proposedId) =>
          (await store.accounts.linkParticipant(created.id, account.id, proposedId)).participantId,
      },
    )
    return workshop
  } catch (error) {
    const won = await store.getWorkshop(id)
    if (won) return won.workshop
    throw error
  }
}
