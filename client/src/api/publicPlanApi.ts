import type { PublicPlan } from '@pactboard/shared'
import { request } from './http.ts'

/** [G7] A published plan's page, for anyone with its link: no token, no person named in it. */
export function fetchPublicPlan(slug: string): Promise<PublicPlan> {
  return request(`/api/public/plans/${encodeURIComponent(slug)}`, { method: 'GET' })
}
