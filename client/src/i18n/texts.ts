import type { Language } from '@pactboard/shared'

/**
 * The screens' translator: one language's texts at a time, looked up by dotted key, with
 * `{{name}}` values and plurals by `count` (`key_zero` for none when a text has it, then the
 * language's plural category: `key_one`, `key_few`, `key_many`, `key_other`), the JSON layout
 * i18next reads. It replaced i18next and react-i18next on the phone (19 KB of gzipped code for
 * the few of their features the screens use; client/README.md, "The phone's budget").
 *
 * A language switches only once its texts are in, so `language` always names the language of
 * the text on the screen; a later switch wins over an earlier one still loading. A screen few
 * people open brings its own texts (`addTexts`): from then on they come with every language.
 */

export type TOptions = Record<string, unknown> & { count?: number }
export type TFunction = (key: string, options?: TOptions) => string
type Texts = Record<string, unknown>
type Listener = (language: string) => void
type Load = (language: Language) => Promise<Texts>

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
  /** Changes whenever the texts do: a switch of language, or a screen's texts added. */
  revision = 0
  private texts: Texts = {}
  private plurals: Intl.PluralRules | null = null
  private wanted = ''
  private readonly listeners = new Set<Listener>()
  private loadTexts: Load | null = null
  private readonly areas = new Map<string, Load>()
  /** The areas the texts of `language` hold now. */
  private loadedAreas = new Set<string>()

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
    const load = this.loadTexts
    let areas: [string, Load][]
    let main: Texts
    let more: (Texts | null)[]
    // an area added while this switch loads comes with it; one that fails to load stays behind
    // (its screen waits for it) rather than holding up the switch
    do {
      areas = [...this.areas]
      ;[main, ...more] = await Promise.all([
        load(language as Language),
        ...areas.map(([, loadArea]) => loadArea(language as Language).catch(() => null)),
      ])
    } while (areas.length !== this.areas.size)
    if (this.wanted !== language) return this.t
    this.texts = Object.assign({}, main, ...more)
    this.loadedAreas = new Set(areas.filter((_, i) => more[i]).map(([area]) => area))
    this.plurals = new Intl.PluralRules(language)
    this.language = language
    this.changed()
    return this.t
  }

  /**
   * Adds a screen's own texts (an area of shared's later screen texts) to the language shown and
   * to every language switched to from now on; resolves once the screen can speak them.
   */
  async addTexts(area: string, load: Load): Promise<void> {
    if (!this.areas.has(area)) this.areas.set(area, load)
    const language = this.language
    if (!language || this.loadedAreas.has(area)) return
    const texts = await load(language as Language)
    // a switch meanwhile brought the area with its own texts
    if (this.language !== language || this.loadedAreas.has(area)) return
    this.texts = { ...this.texts, ...texts }
    this.loadedAreas.add(area)
    this.changed()
  }

  /** Whether the texts shown hold `area`'s. */
  hasTexts(area: string): boolean {
    return this.loadedAreas.has(area)
  }

  private changed(): void {
    this.revision++
    for (const listener of this.listeners) listener(this.language)
  }

  /** Calls `listener` with the language each time the texts change: a switch, or texts added. */
  on(_event: 'languageChanged', listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

/** The app's one translator. */
export const i18n = new Translator()
