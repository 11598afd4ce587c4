/**
 * The closed vocabularies of the Climate City Contract (DESIGN §2), written once as `as const`
 * tuples so that the union type, the zod enum and the i18n keys all derive from the same list.
 */

export const FIELDS_OF_ACTION = [
  'energy_systems',
  'built_environment',
  'mobility_transport',
  'waste_circular_economy',
  'green_infrastructure_nbs',
  'land_use',
  'other',
] as const
export type FieldOfAction = (typeof FIELDS_OF_ACTION)[number]

export const SYSTEMIC_LEVERS = [
  'technology_infrastructure',
  'governance_policy',
  'social_innovation',
  'democracy_participation',
  'finance_funding',
  'learning_capabilities',
] as const
export type SystemicLever = (typeof SYSTEMIC_LEVERS)[number]

/** GPC emission source sectors, as the city's baseline inventory is kept. */
export const EMISSION_SECTORS = [
  'stationary_energy',
  'transport',
  'waste',
  'ippu',
  'afolu',
] as const
export type EmissionSector = (typeof EMISSION_SECTORS)[number]

export const ACTION_TYPES = [
  'policy',
  'infrastructure',
  'programme',
  'awareness',
  'pilot',
  'voluntary',
] as const
export type ActionType = (typeof ACTION_TYPES)[number]

export const MEASURE_STATUSES = [
  'proposed',
  'discussed',
  'prioritised',
  'committed',
  'in_plan',
  'rejected',
  'merged',
  'withdrawn',
] as const
export type MeasureStatus = (typeof MEASURE_STATUSES)[number]

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const
export type Confidence = (typeof CONFIDENCE_LEVELS)[number]

export const FUNDING_TYPES = [
  'municipal',
  'eu_grant',
  'national',
  'private',
  'green_bond',
  'loan',
  'equity',
  'other',
] as const
export type FundingType = (typeof FUNDING_TYPES)[number]

export const FUNDING_STATUSES = ['secured', 'applied', 'planned'] as const
export type FundingStatus = (typeof FUNDING_STATUSES)[number]

export const CO_BENEFITS = [
  'air_quality',
  'health',
  'reduced_noise',
  'less_congestion',
  'reduced_accidents',
  'job_creation',
  'energy_poverty',
  'equity',
  'biodiversity',
  'adaptation',
  'cost_savings',
] as const
export type CoBenefit = (typeof CO_BENEFITS)[number]

export const ACTOR_KINDS = [
  'city_department',
  'municipal_company',
  'company',
  'sme',
  'ngo',
  'citizen_group',
  'research',
  'regional_authority',
  'national_agency',
  'utility',
  'financier',
  'other',
] as const
export type ActorKind = (typeof ACTOR_KINDS)[number]

export const ROLES = ['facilitator', 'planner', 'company', 'participant', 'observer'] as const
export type Role = (typeof ROLES)[number]

export const WORKSHOP_TEMPLATES = [
  'citizen_workshop',
  'business_breakfast',
  'planner_sprint',
] as const
export type WorkshopTemplate = (typeof WORKSHOP_TEMPLATES)[number]
