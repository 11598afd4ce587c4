// @pactboard/shared/plan: the export-neutral model of the plan (server-side exports).

export type { Cell, NumberUnit, PlanTable, Vocabulary } from './cells.ts'
export {
  commitmentRegisterFromDocs,
  commitmentRegisterTable,
  type WorkshopRegister,
  workspaceRegisterTable,
} from './commitmentRegister.ts'
export type { PlanExport } from './planExport.ts'
export {
  buildPlanExport,
  PLAN_EXPORT_SCHEMA_VERSION,
  planExportSchema,
  proseMirrorJSONSchema,
} from './planExport.ts'
export type { PlanMeasure } from './planMeasure.ts'
export type { ActorCommitments, PlanModel, PlanModelSection } from './planModel.ts'
export { buildPlanModel } from './planModel.ts'
export { publicationRequestSchema, publicPlanPartsSchema } from './publicationRequest.ts'
export type { PublicPlanSettings } from './publicPlan.ts'
export { buildPublicPlan } from './publicPlan.ts'
export { publicText } from './publicText.ts'
export type { PlanSectionKey } from './sections.ts'
export { PLAN_SECTIONS, plainText, splitDocument } from './sections.ts'
export { withoutPrivateNames } from './withoutPrivateNames.ts'
