import {
  EMISSION_SECTORS,
  FIELDS_OF_ACTION,
  MEASURE_STATUSES,
  type MeasureStatus,
} from '@pactboard/shared'
import { Filter, Search, UserRound } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx'
import {
  activeFilterCount,
  type BoardQuery,
  DEFAULT_QUERY,
  GROUP_KEYS,
  type GroupKey,
  isFiltered,
  SORT_KEYS,
  type SortKey,
} from './boardQuery.ts'

/** The element the "/" shortcut focuses. */
export const BOARD_SEARCH_ID = 'board-search'

/** Merged cards leave the board; the other statuses can be asked for. */
const FILTERABLE_STATUSES = MEASURE_STATUSES.filter(
  (status): status is Exclude<MeasureStatus, 'merged'> => status !== 'merged',
)

interface BoardToolbarProps {
  query: BoardQuery
  onChange: (patch: Partial<BoardQuery>) => void
  /** "My proposals" is offered to those who propose. */
  proposes: boolean
  /** "Reported" is offered to those who moderate. */
  moderates: boolean
  /** Sorting by dots means something only once the results are revealed. */
  revealed: boolean
  shown: number
  total: number
}

/**
 * Search, "My proposals", filters, order and grouping: one row on a laptop, wrapped on a phone,
 * the same controls on both. The filters fold away; how many are on shows on their button.
 */
export function BoardToolbar(props: BoardToolbarProps) {
  const { query, onChange, proposes, moderates, revealed, shown, total } = props
  const { t } = useTranslation()
  const filtersId = useId()
  const [filtersOpen, setFiltersOpen] = useState(false)
  const filters = activeFilterCount(query)
  const sortOptions = SORT_KEYS.filter((key) => key !== 'dots' || revealed || query.sort === 'dots')

  return (
    <div className="board-toolbar">
      <div className="board-toolbar__row">
        <label className="board-toolbar__search">
          <Search aria-hidden="true" size={18} />
          <span className="visually-hidden">{t('boardView.search')}</span>
          <input
            id={BOARD_SEARCH_ID}
            type="search"
            value={query.search}
            placeholder={t('boardView.searchPlaceholder')}
            onChange={(event) => onChange({ search: event.target.value })}
          />
        </label>
        {proposes ? (
          <button
            type="button"
            className="button button--small board-toolbar__toggle"
            aria-pressed={query.mine}
            onClick={() => onChange({ mine: !query.mine })}
          >
            <UserRound aria-hidden="true" size={16} />
            {t('boardView.mine')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--small board-toolbar__toggle"
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          <Filter aria-hidden="true" size={16} />
          {t('boardView.filters')}
          {filters > 0 ? <span className="count-badge">{filters}</span> : null}
        </button>
        <label className="board-toolbar__select">
          <span>{t('boardView.sort')}</span>
          <select
            value={query.sort}
            onChange={(event) => onChange({ sort: event.target.value as SortKey })}
          >
            {sortOptions.map((key) => (
              <option key={key} value={key}>
                {t(`boardView.sortBy.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="board-toolbar__select">
          <span>{t('boardView.group')}</span>
          <select
            value={query.group}
            onChange={(event) => onChange({ group: event.target.value as GroupKey })}
          >
            {GROUP_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`boardView.groupBy.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {filtersOpen ? (
        <div id={filtersId} className="board-filters">
          <CheckboxGroup
            legend={t('boardView.fieldOfAction')}
            options={FIELDS_OF_ACTION.map((f) => ({
              value: f,
              label: t(`enums.fieldOfAction.${f}`),
            }))}
            value={query.fields}
            onChange={(fields) => onChange({ fields })}
          />
          <CheckboxGroup
            legend={t('boardView.sector')}
            options={EMISSION_SECTORS.map((s) => ({
              value: s,
              label: t(`enums.emissionSector.${s}`),
            }))}
            value={query.sectors}
            onChange={(sectors) => onChange({ sectors })}
          />
          <CheckboxGroup
            legend={t('boardView.status')}
            options={FILTERABLE_STATUSES.map((s) => ({
              value: s,
              label: t(`enums.measureStatus.${s}`),
            }))}
            value={query.statuses.filter((s) => s !== 'merged')}
            onChange={(statuses) => onChange({ statuses })}
          />
          <fieldset className="checkbox-group">
            <legend>{t('boardView.more')}</legend>
            <div className="checkbox-group__options">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={query.withDots}
                  onChange={(event) => onChange({ withDots: event.target.checked })}
                />
                <span>{t('boardView.withDots')}</span>
              </label>
              {moderates ? (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={query.reported}
                    onChange={(event) => onChange({ reported: event.target.checked })}
                  />
                  <span>{t('boardView.reported')}</span>
                </label>
              ) : null}
            </div>
          </fieldset>
        </div>
      ) : null}
      <p className="board-toolbar__summary" aria-live="polite">
        {isFiltered(query) ? (
          <>
            {t('boardView.showing', { shown, total })}{' '}
            <button
              type="button"
              className="button button--small button--link"
              onClick={() =>
                onChange({
                  ...DEFAULT_QUERY,
                  sort: query.sort,
                  group: query.group,
                })
              }
            >
              {t('boardView.clear')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  )
}
