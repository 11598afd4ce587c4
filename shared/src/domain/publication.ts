import { z } from 'zod'

/**
 * A workshop's public page of the plan ([P27], [G7]): whether it has one and which parts it
 * shows, chosen by its facilitators and planners. What each part holds is decided by one
 * allow-list, shared/src/plan/publicPlan.ts.
 */

export const PUBLIC_PLAN_PARTS = [
  'text',
  'pathway',
  'measures',
  'investment',
  'commitments',
] as const
export type PublicPlanPart = (typeof PUBLIC_PLAN_PARTS)[number]

/** Each part once, in the page's order, whatever order a request names them in. */
export const publicPlanPartsSchema = z
  .array(z.enum(PUBLIC_PLAN_PARTS))
  .max(PUBLIC_PLAN_PARTS.length * 2)
  .transform((parts) => PUBLIC_PLAN_PARTS.filter((part) => parts.includes(part)))

export const publicationRequestSchema = z
  .object({ published: z.boolean(), parts: publicPlanPartsSchema })
  .refine((r) => !r.published || r.parts.length > 0, {
    message: 'A published page shows at least one part',
    path: ['parts'],
  })
export type PublicationRequest = z.input<typeof publicationRequestSchema>

/**
 * A public link's slug: 128 random bits in base64url, so that nobody finds a page by trying
 * links, and a withdrawn link is never handed out again.
 */
export const PUBLIC_SLUG_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** Where the web app shows the page of `slug`. */
export function publicPlanPath(slug: string): string {
  return `/p/${slug}`
}
