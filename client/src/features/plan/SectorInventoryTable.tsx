import type { EmissionSector } from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { FiguresDraft, Scope } from './figuresDraft.ts'
import { SCOPES, sectorFieldKey } from './figuresDraft.ts'

interface SectorInventoryTableProps {
  sectors: readonly EmissionSector[]
  draft: FiguresDraft
  errorOf: (sector: EmissionSector, scope: Scope) => string | undefined
  onChange: (sector: EmissionSector, scope: Scope, value: string) => void
}

/**
 * The baseline inventory: a sector per row, a scope per column on a laptop; on a phone each
 * sector stacks its three scopes, with the scope shown beside each box (CSS, data-label).
 */
export function SectorInventoryTable({
  sectors,
  draft,
  errorOf,
  onChange,
}: SectorInventoryTableProps) {
  const { t } = useTranslation()
  return (
    <table className="inventory">
      <caption>{t('plan.figures.inventoryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.figures.sector')}</th>
          {SCOPES.map((scope) => (
            <th scope="col" key={scope}>
              {t(`plan.figures.${scope}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sectors.map((sector) => (
          <tr key={sector}>
            <th scope="row">{t(`enums.emissionSector.${sector}`)}</th>
            {SCOPES.map((scope) => {
              const error = errorOf(sector, scope)
              const id = `inventory-${sector}-${scope}`
              return (
                <td key={scope} data-label={t(`plan.figures.${scope}`)}>
                  <input
                    id={id}
                    inputMode="decimal"
                    data-field={sectorFieldKey(sector, scope)}
                    aria-label={t('plan.figures.cellLabel', {
                      sector: t(`enums.emissionSector.${sector}`),
                      scope: t(`plan.figures.${scope}`),
                    })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                    value={draft.sectors[sector][scope]}
                    onChange={(e) => onChange(sector, scope, e.target.value)}
                  />
                  {error ? (
                    <p id={`${id}-error`} className="field__error">
                      {error}
                    </p>
                  ) : null}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
