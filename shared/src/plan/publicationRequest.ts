import { z } from 'zod'
import { PUBLIC_PLAN_PARTS } from '../domain/publication.ts'
import type { PublicationRequest } from '../protocol/publicationApi.ts'

/**
 * [P28] The planners' request to publish, change or unpublish the plan's public page, as the
 * server reads it. In the plan face, which only the server imports, so that no phone's first
 * screens carry the schema.
 */

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
  }) satisfies z.ZodType<PublicationRequest>
