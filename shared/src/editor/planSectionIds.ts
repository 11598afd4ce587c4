/**
 * The sections of a plan, by the Climate City Contract's Action Plan numbering (DESIGN §6): the
 * ids alone, which each language's texts name (i18n/languagePack.ts) and planSections.ts orders.
 */
export type PlanSectionId =
  | 'A'
  | 'A-1'
  | 'A-2'
  | 'A-2.3'
  | 'A-3'
  | 'B'
  | 'B-1'
  | 'B-2.1'
  | 'B-2.2'
  | 'B-2.3'
  | 'C'
  | 'C-1'
  | 'C-2'
  | 'C-3.1'
  | 'commitments'
  | 'annex'
