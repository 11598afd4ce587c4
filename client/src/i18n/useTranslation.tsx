import {
  cloneElement,
  Fragment,
  type ReactElement,
  type ReactNode,
  useSyncExternalStore,
} from 'react'
import { i18n, type TFunction, type TOptions } from './texts.ts'

const subscribe = (onChange: () => void) => i18n.on('languageChanged', onChange)
const currentLanguage = () => i18n.language

/** The texts for a component: `t` and the translator; the component renders again on a switch. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  useSyncExternalStore(subscribe, currentLanguage, currentLanguage)
  return { t: i18n.t, i18n }
}

const TAG = /<(\w+)>(.*?)<\/\1>/g

/**
 * A text with markup: each `<name>…</name>` in the text becomes `components[name]` around its
 * words (the text decides where, so each language can put the emphasis where its order wants).
 */
export function Trans({
  i18nKey,
  values,
  components,
}: {
  i18nKey: string
  values?: TOptions
  components: Record<string, ReactElement>
}): ReactNode {
  const { t } = useTranslation()
  const text = t(i18nKey, values)
  const parts: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(TAG)) {
    const [whole, name = '', inner] = match
    parts.push(text.slice(last, match.index))
    const component = components[name]
    parts.push(
      component ? (
        cloneElement(component, { key: match.index }, inner)
      ) : (
        <Fragment key={match.index}>{whole}</Fragment>
      ),
    )
    last = match.index + whole.length
  }
  parts.push(text.slice(last))
  return <>{parts}</>
}
