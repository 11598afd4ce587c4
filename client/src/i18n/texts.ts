import type { Language } from '@pactboard/shared'

/**
 * The screens' translator: one language's texts at a time, looked up by dotted key, with
 * `{{name}}` values and plurals by `count` (`key_zero` for none when a text has it, then the
 * language's plural category: `key_one`, `key_few`, `key_many`, `key_other`), the JSON layout
 * i18next reads. It replaced i18next and react-i18next on the phone (19 KB of gzipped code for
 * the few of their features the screens use; client/README.md, "The phone's budget").
 *
 * A language switches only once its texts are in, so `language` always names the language of
 * the text on the screen; a later switch wins over an earlier one still loading. Screens a phone
 * rarely opens bring texts of their own (`extend`), fetched with them and with every later switch.
 */

export type TOptions = Record<string, unknown> & { count?: number }
export type TFunction = (key: string, options?: TOptions) => string
type Texts = Record<string, unknown>
type Listener = (language: string) => void
/** Fetches one language's texts (all of them, or one area's). */
export type LoadTexts = (language: Language) => Promise<Texts>

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

export class Translator {
  language = ''
  isInitialized = false
  private texts: Texts = {}
  private plurals: Intl.PluralRules | null = null
  private wanted = ''
  private readonly listeners = new Set<Listener>()
  private loadTexts: LoadTexts | null = null
  private readonly areas = new Map<LoadTexts, Promise<void>>()

  /** Loads `language`'s texts and speaks it; `load` fetches a language's texts. */
  async init(language: Language, load: LoadTexts): Promise<void> {
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
    const load = this.loadTexts
    if (language === this.language || !load) return this.t
    for (;;) {
      const loaders = [load, ...this.areas.keys()]
      const parts = await Promise.all(loaders.map((loader) => loader(language as Language)))
      if (this.wanted !== language) return this.t
      // An area added while these loaded is loaded too before the switch lands.
      if (loaders.length !== this.areas.size + 1) continue
      this.texts = Object.assign({}, ...parts)
      this.plurals = new Intl.PluralRules(language)
      this.language = language
      for (const listener of this.listeners) listener(language)
      return this.t
    }
  }

  /**
   * Adds an area's texts (`load`, the same function each time) to every language from now on:
   * resolves once the language on the screen has them.
   */
  extend(load: LoadTexts): Promise<void> {
    let added = this.areas.get(load)
    if (!added) {
      added = this.addArea(load)
      this.areas.set(load, added)
      added.catch(() => this.areas.delete(load))
    }
    return added
  }

  private async addArea(load: LoadTexts): Promise<void> {
    const language = this.language
    // Not speaking yet: the first language, still loading, brings every area with it.
    if (!language)
      return new Promise((resolve) => {
        const off = this.on('languageChanged', () => {
          off()
          resolve()
        })
      })
    const texts = await load(language as Language)
    // A switch that landed meanwhile loaded this area with its language.
    if (this.language === language) this.texts = { ...this.texts, ...texts }
  }

  /** Calls `listener` with the new language each time the screen's language changes. */
  on(_event: 'languageChanged', listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

/** The app's one translator. */
export const i18n = new Translator()
