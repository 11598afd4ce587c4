import type {
  ActorInput,
  ActorPatch,
  ListOrganisationsResponse,
  OrganisationInviteResponse,
  OrganisationResponse,
} from '@pactboard/shared'
import { request } from './http.ts'

/**
 * The workspace's directory of organisations (docs/workspaces.md, "Organisations"), for its
 * staff: with the session cookie, as workspaceApi.ts's calls, every change with a JSON body.
 */

const organisationPath = (id: string, rest = '') =>
  `/api/workspace/organisations/${encodeURIComponent(id)}${rest}`

export function listWorkspaceOrganisations(): Promise<ListOrganisationsResponse> {
  return request('/api/workspace/organisations', { method: 'GET' })
}

export function addWorkspaceOrganisation(input: ActorInput): Promise<OrganisationResponse> {
  return request('/api/workspace/organisations', { method: 'POST', body: JSON.stringify(input) })
}

export function updateWorkspaceOrganisation(
  id: string,
  patch: ActorPatch,
): Promise<OrganisationResponse> {
  return request(organisationPath(id), { method: 'PATCH', body: JSON.stringify(patch) })
}

/** [W23] A link whoever opens it joins the workshop with as the organisation's representative. */
export function inviteWorkspaceOrganisation(
  id: string,
  workshopId: string,
): Promise<OrganisationInviteResponse> {
  return request(organisationPath(id, '/invites'), {
    method: 'POST',
    body: JSON.stringify({ workshopId }),
  })
}
