import type { Awareness } from 'y-protocols/awareness'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { usePeopleHere } from '../../sync/usePeopleHere.ts'
import { PresentStat } from './PresentStat.tsx'

/** How many are here: the board doc's awareness, counted as the header counts it. */
export function PeopleHereStat({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const count = usePeopleHere(awareness).length
  return (
    <PresentStat value={formatNumber(count, language)} label={t('present.people', { count })} />
  )
}
