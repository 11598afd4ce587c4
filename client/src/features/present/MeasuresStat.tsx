import type { BoardCard } from '@pactboard/shared'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { isActive } from '../../sync/useBoard.ts'
import { PresentStat } from './PresentStat.tsx'

/**
 * How many measures are proposed so far: the cards the whole room may see (moderation and
 * silent mode applied), not hidden, merged or withdrawn.
 */
export function MeasuresStat({ cards }: { cards: readonly BoardCard[] }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const count = cards.filter((card) => isActive(card.measure)).length
  return (
    <PresentStat value={formatNumber(count, language)} label={t('present.measures', { count })} />
  )
}
