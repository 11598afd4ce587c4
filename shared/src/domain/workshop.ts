import { z } from 'zod'
import { LANGUAGES, WORKSHOP_TEMPLATES } from './enums.ts'

export const workshopSettingsSchema = z.object({
  anonymousAllowed: z.boolean().default(true),
  voteBudgetPerParticipant: z.number().int().min(1).max(50).default(5),
  maxVotesPerMeasure: z.number().int().min(1).max(50).default(3),
  moderation: z.boolean().default(false),
})
export type WorkshopSettings = z.infer<typeof workshopSettingsSchema>

export const workshopSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(3).max(120),
  city: z.string().trim().min(2).max(80),
  language: z.enum(LANGUAGES),
  template: z.enum(WORKSHOP_TEMPLATES),
  createdAt: z.string(),
  phase: z.string().nullable(),
  settings: workshopSettingsSchema,
  /** The facilitator closed joining by code; invite links still work (they are personal). */
  joinLocked: z.boolean().default(false),
})
export type Workshop = z.infer<typeof workshopSchema>
