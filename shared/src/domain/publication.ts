/**
 * A workshop's public page of the plan ([P28], [G7]): whether it has one and which parts it
 * shows, chosen by its facilitators and planners. What each part holds is decided by one
 * allow-list, plan/publicPlan.ts; the server validates the planners' request with
 * plan/publicationRequest.ts (there rather than here, so that no phone downloads the schema).
 */

export const PUBLIC_PLAN_PARTS = [
  'text',
  'pathway',
  'measures',
  'investment',
  'commitments',
] as const
export type PublicPlanPart = (typeof PUBLIC_PLAN_PARTS)[number]

/**
 * A public link's slug: 128 random bits in base64url, so that nobody finds a page by trying
 * links, and a withdrawn link is never handed out again.
 */
export const PUBLIC_SLUG_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** Where the web app shows the page of `slug`. */
export function publicPlanPath(slug: string): string {
  return `/p/${slug}`
}
