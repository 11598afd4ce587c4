import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { isActive, useMeasures } from '../board/useBoard.ts'
import { PresentStat } from './PresentStat.tsx'

/** How many measures are proposed so far: the ones the board shows (not hidden, merged or withdrawn). */
export function MeasuresStat({ board }: { board: Y.Doc }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const count = useMeasures(board).filter(isActive).length
  return (
    <PresentStat value={formatNumber(count, language)} label={t('present.measures', { count })} />
  )
}
