import { PUBLIC_PLAN_PARTS, type PublicPlanPart } from '@pactboard/shared'
import type { MaybePromise } from '../storeShapes.ts'

/**
 * [P28] Whether a workshop's plan has a public page, which parts it shows, and its link's slug
 * (`publications`, a workshop's table: deleting the workshop deletes it, [G1]). In the store
 * rather than a doc: the public route finds a workshop by its slug, which one indexed row does
 * and no doc could, and the settings are for the planners alone while every doc is everyone's in
 * the workshop ([P1]).
 */

export interface StoredPublication {
  workshopId: string
  /** The public link's slug while published; null while not. */
  slug: string | null
  /** What the page shows, kept while unpublished for the next time. */
  parts: PublicPlanPart[]
  /** When the current slug was made; null while unpublished. */
  publishedAt: string | null
  updatedAt: string
}

export interface PublicationChange {
  published: boolean
  parts: readonly PublicPlanPart[]
  /** The slug a workshop publishing without one takes; ignored otherwise. */
  newSlug: string
  at: string
}

export interface PublicationStore {
  getPublication(workshopId: string): MaybePromise<StoredPublication | null>
  /**
   * Saves the parts. Publishing keeps the slug the workshop has, or takes `newSlug` when it has
   * none; unpublishing forgets the slug, so that link never works again. One statement: two
   * planners publishing at once end with one link. Returns the row as it now is; throws
   * UnknownWorkshopError for a workshop that does not exist.
   */
  savePublication(workshopId: string, change: PublicationChange): MaybePromise<StoredPublication>
  /** The published workshop behind a slug; null for a slug never made or withdrawn. */
  findPublishedBySlug(slug: string): MaybePromise<StoredPublication | null>
}

export interface PublicationRow {
  workshop_id: string
  slug: string | null
  parts: unknown
  published_at: string | null
  updated_at: string
}

/** A row as either database returns it; parts it does not know (a newer server's) are dropped. */
export function toStoredPublication(row: PublicationRow): StoredPublication {
  const parts = typeof row.parts === 'string' ? JSON.parse(row.parts) : row.parts
  return {
    workshopId: row.workshop_id,
    slug: row.slug,
    parts: PUBLIC_PLAN_PARTS.filter((part) => Array.isArray(parts) && parts.includes(part)),
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  }
}
