import { z } from 'zod'
import { LANGUAGES, type Language } from '../i18n/languages.ts'
import { WORKSHOP_TEMPLATES } from './enums.ts'

export const workshopSettingsSchema = z.object({
  anonymousAllowed: z.boolean().default(true),
  voteBudgetPerParticipant: z.number().int().min(1).max(50).default(5),
  maxVotesPerMeasure: z.number().int().min(1).max(50).default(3),
  moderation: z.boolean().default(false),
  /**
   * A bilingual workshop's other language (Finland's bilingual municipalities: fi + sv), which
   * people may choose for their screens. The workshop's `language` still seeds and exports.
   */
  secondLanguage: z.enum(LANGUAGES).nullable().default(null),
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

/**
 * The languages a workshop offers its people, its own first. Sessions kept on a device from
 * before bilingual workshops lack `secondLanguage`, hence the `??`.
 */
export function workshopLanguages(workshop: Pick<Workshop, 'language' | 'settings'>): Language[] {
  const second = workshop.settings.secondLanguage ?? null
  return second && second !== workshop.language ? [workshop.language, second] : [workshop.language]
}
