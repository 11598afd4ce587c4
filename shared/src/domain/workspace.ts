import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages.ts'

/**
 * A city, a region or a network of cities: the owner of one climate plan and of any number of
 * workshops over time (docs/workspaces.md). Its staff have accounts; workshop participants never do.
 */
export const WORKSPACE_KINDS = ['city', 'region', 'network'] as const
export type WorkspaceKind = (typeof WORKSPACE_KINDS)[number]

/**
 * [W25] The id of a workspace's plan room: the workshop that holds its one plan. `newId` draws
 * from [0-9a-z] only, so no other workshop's id has a dash: which room is a plan is read from
 * the id, with no column to keep in step and no second plan possible.
 */
export function workspacePlanId(workspaceId: string): string {
  return `plan-${workspaceId}`
}

export function isWorkspacePlan(workshopId: string): boolean {
  return workshopId.startsWith('plan-')
}

export const workspaceNameSchema = z.string().trim().min(2).max(120)

export const workspaceSchema = z.object({
  id: z.string().min(1).max(64),
  name: workspaceNameSchema,
  kind: z.enum(WORKSPACE_KINDS),
  /** The language its workshops start in unless one is chosen. */
  language: z.enum(LANGUAGES),
  createdAt: z.string(),
})
export type Workspace = z.infer<typeof workspaceSchema>
