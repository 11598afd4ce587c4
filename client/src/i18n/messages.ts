import en from './locales/en.json'
import moderationEn from './locales/moderation.en.json'
import moderationSv from './locales/moderation.sv.json'
import sv from './locales/sv.json'
import votingEn from './locales/voting.en.json'
import votingSv from './locales/voting.sv.json'

/**
 * Every UI text, per language: the main file plus one file per larger feature area, so an area's
 * texts sit together and two people adding texts to different areas do not edit one file.
 * Areas own distinct top-level keys (locales.test.ts checks they never overlap).
 */
export const AREAS = {
  en: { main: en, voting: votingEn, moderation: moderationEn },
  sv: { main: sv, voting: votingSv, moderation: moderationSv },
} as const

export const messages = {
  en: { ...en, ...votingEn, ...moderationEn },
  sv: { ...sv, ...votingSv, ...moderationSv },
} as const
