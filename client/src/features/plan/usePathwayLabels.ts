import type { PathwayChartLabels } from '@pactboard/shared'
import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/** The chart's labels in the UI language; the server builds the same for the exports. */
export function usePathwayLabels(): PathwayChartLabels {
  const { t, i18n } = useTranslation()
  // biome-ignore lint/correctness/useExhaustiveDependencies: new labels when the language changes
  return useMemo(
    () => ({
      unit: t('plan.chart.unit'),
      remaining: t('plan.chart.remaining'),
      bau: t('plan.chart.bau'),
      target: t('plan.chart.target'),
      gap: t('plan.chart.gapMark'),
      milestone: t('plan.chart.milestone'),
      netZero: t('plan.chart.netZero'),
      reductionPrefix: t('plan.chart.reductionPrefix'),
      groups: {
        in_plan: t('plan.chart.groups.in_plan'),
        committed: t('plan.chart.groups.committed'),
        proposed: t('plan.chart.groups.proposed'),
      },
      sectors: {
        stationary_energy: t('plan.chart.sectors.stationary_energy'),
        transport: t('plan.chart.sectors.transport'),
        waste: t('plan.chart.sectors.waste'),
        ippu: t('plan.chart.sectors.ippu'),
        afolu: t('plan.chart.sectors.afolu'),
      },
    }),
    [t, i18n.language],
  )
}
