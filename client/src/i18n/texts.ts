import type { Language } from '@pactboard/shared'

/**
 * The screens' translator: one language's texts at a time, looked up by dotted key, with
 * `{{name}}` values and plurals by `count` (`key_zero` for none when a text has it, then the
 * language's plural category: `key_one`, `key_few`, `key_many`, `key_other`), the JSON layout
 * i18next reads. It replaced i18next and react-i18next on the phone (19 KB of gzipped code for
 * the few of their features the screens use; client/README.md, "The phone's budget").
 *
 * A language switches only once its texts are in, so `language` always names the language of
 * the text on the screen; a later switch wins over an earlier one still loading.
 */

export type TOptions = Record<string, unknown> & { count?: number }
export type TFunction = (key: string, options?: TOptions) => string
type Texts = Record<string, unknown>
type Listener = (language: string) => void

const INTERPOLATION = /\{\{\s*([\w.]+)\s*\}\}/g

function lookup(texts: Texts, key: string): unknown {
  let node: unknown = texts
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Texts)[part]
  }
  return node
}

function interpolate(template: string, options: TOptions | undefined): string {
  if (!options) return template
  return template.replace(INTERPOLATION, (whole, name: string) => {
    const value = options[name]
    return value === undefined || value === null ? whole : String(value)
  })
}

class Translator {
  language = ''
  isInitialized = false
  private texts: Texts = {}
  private plurals: Intl.PluralRules | null = null
  private wanted = ''
  private readonly listeners = new Set<Listener>()
  private loadTexts: ((language: Language) => Promise<Texts>) | null = null

  /** Loads `language`'s texts and speaks it; `load` fetches a language's texts. */
  async init(language: Language, load: (language: Language) => Promise<Texts>): Promise<void> {
    this.loadTexts = load
    this.isInitialized = true
    await this.changeLanguage(language)
  }

  readonly t: TFunction = (key, options) => {
    let text: unknown
    const count = options?.count
    if (typeof count === 'number') {
      if (count === 0) text = lookup(this.texts, `${key}_zero`)
      if (typeof text !== 'string' && this.plurals) {
        text = lookup(this.texts, `${key}_${this.plurals.select(count)}`)
      }
      if (typeof text !== 'string') text = lookup(this.texts, `${key}_other`)
    }
    if (typeof text !== 'string') text = lookup(this.texts, key)
    return typeof text === 'string' ? interpolate(text, options) : key
  }

  async changeLanguage(language: string): Promise<TFunction> {
    this.wanted = language
    if (language === this.language || !this.loadTexts) return this.t
    const texts = await this.loadTexts(language as Language)
    if (this.wanted !== language) return this.t
    this.texts = texts
    this.plurals = new Intl.PluralRules(language)
    this.language = language
    for (const listener of this.listeners) listener(language)
    return this.t
  }

  /** Calls `listener` with the new language each time the screen's language changes. */
  on(_event: 'languageChanged', listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

/** The app's one translator. */
export const i18n = new Translator()
