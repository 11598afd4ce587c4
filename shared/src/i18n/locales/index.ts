/**
 * Every language the app speaks, one line each: a language is its folder beside this file (see
 * docs/languages.md). The codes are ISO 639-1; the order here does not matter.
 */
export { en } from './en/index.ts'
export { fi } from './fi/index.ts'
export { fr } from './fr/index.ts'
export { sv } from './sv/index.ts'
