// @pactboard/shared/editor: the plan document's Tiptap schema and its Yjs helpers.

export { planExtensions, planSchema } from './extensions.ts'
export { readPlanDocument, replacePlanDocument, seedPlanDocument } from './planDocument.ts'
