import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { RankedCard } from './useVoting.ts'

interface RankingTableProps {
  ranking: readonly RankedCard[]
  caption: string
  className?: string
}

/** The revealed result: rank, card, dots; equal dots share a rank (1, 2, 2, 4). */
export function RankingTable({ ranking, caption, className = '' }: RankingTableProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  if (ranking.length === 0) return <p className="ranking__empty">{t('results.empty')}</p>
  return (
    <table className={`ranking ${className}`.trim()}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.rank')}</th>
          <th scope="col">{t('results.measure')}</th>
          <th scope="col">{t('results.dots')}</th>
        </tr>
      </thead>
      <tbody>
        {ranking.map((row) => (
          <tr key={row.measureId}>
            <td className="ranking__rank">{formatNumber(row.rank, language)}</td>
            <th scope="row" className="ranking__title">
              {row.title}
            </th>
            <td className="ranking__votes">{t('voting.total', { count: row.votes })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
