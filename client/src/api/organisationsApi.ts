import type {
  ActorInput,
  ActorPatch,
  AddOrganisationResponse,
  CreateInviteResponse,
  OrganisationResponse,
} from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { request } from './http.ts'

/** The workshop's directory of organisations ([P25]) and their invite links ([P26]). */

function organisations(caller: ApiCaller, rest = ''): string {
  return `/api/workshops/${encodeURIComponent(caller.workshopId)}/organisations${rest}`
}

export function addOrganisation(
  caller: ApiCaller,
  input: ActorInput,
): Promise<AddOrganisationResponse> {
  return request(organisations(caller), {
    method: 'POST',
    token: caller.token,
    body: JSON.stringify(input),
  })
}

export function updateOrganisation(
  caller: ApiCaller,
  actorId: string,
  patch: ActorPatch,
): Promise<OrganisationResponse> {
  return request(organisations(caller, `/${encodeURIComponent(actorId)}`), {
    method: 'PATCH',
    token: caller.token,
    body: JSON.stringify(patch),
  })
}

/** [P26] A link whoever opens it joins with as the organisation's representative. */
export function inviteForOrganisation(
  caller: ApiCaller,
  actorId: string,
): Promise<CreateInviteResponse> {
  return request(`/api/workshops/${encodeURIComponent(caller.workshopId)}/invites`, {
    method: 'POST',
    token: caller.token,
    body: JSON.stringify({ role: 'company', actorId }),
  })
}
