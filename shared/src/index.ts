// The public face of @pactboard/shared: the domain, the doc schemas and the protocol.
// Two heavier faces stand apart so that a screen that needs neither does not load Tiptap:
// `@pactboard/shared/editor` (the plan document's schema) and `@pactboard/shared/plan` (the
// export model, server-side).

export * from './docs/index.ts'
export * from './domain/index.ts'
export type { PlanSectionId } from './editor/planSectionIds.ts'
export type { PlanSection } from './editor/planSections.ts'
export { planSections, planSkeleton } from './editor/planSections.ts'
export type {
  ExportTexts,
  LanguagePack,
  PublicationScreenTexts,
  ScreenTexts,
  VocabularyLabels,
  VocabularyName,
  WorkshopTexts,
  WorkspaceScreenTexts,
} from './i18n/languagePack.ts'
export type { Language } from './i18n/languages.ts'
export { isLanguage, LANGUAGES, languagePack } from './i18n/languages.ts'
export { costPerTCO2eEur, cumulativeReductionTCO2e } from './pathway/costPerTonne.ts'
export type {
  ClampedReduction,
  Pathway,
  PathwayGroup,
  PathwayMilestone,
  PathwayYear,
  SectorYear,
} from './pathway/pathway.ts'
export { computePathway, effectShare, PATHWAY_GROUPS, pathwayGroupOf } from './pathway/pathway.ts'
export type {
  PathwayChartLabels,
  PathwayChartMode,
  PathwayChartOptions,
} from './pathway/pathwayChartOption.ts'
export { PATHWAY_COLORS, pathwayChartOption } from './pathway/pathwayChartOption.ts'
export type {
  ByStatus,
  DatedAmount,
  DatedFundingLine,
  FundingSource,
  InvestedMeasure,
  InvestmentPlan,
  InvestmentTotals,
  InvestmentYear,
  MeasureCostsByYear,
  MeasureInvestment,
} from './plan/investment.ts'
export { computeInvestmentPlan, costsByYear } from './plan/investment.ts'
export * from './protocol/index.ts'
