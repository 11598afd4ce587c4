import { Node } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getPlanFragment, isPlanSeeded } from '../docs/plan.ts'
import type { ProseMirrorJSON } from '../protocol/planApi.ts'
import { planSchema } from './extensions.ts'
import { readPlanDocument, replacePlanDocument, seedPlanDocument } from './planDocument.ts'
import { planSections, planSkeleton } from './planSections.ts'

const richDocument: ProseMirrorJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A-2 Policies' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bold ', marks: [{ type: 'bold' }] },
        {
          type: 'text',
          text: 'link',
          marks: [{ type: 'link', attrs: { href: 'https://example.org' } }],
        },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }],
        },
      ],
    },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sector' }] }],
            },
            {
              type: 'tableCell',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: '12' }] }],
            },
          ],
        },
      ],
    },
  ],
}

/** Texts of the headings, in order. */
function headings(json: ProseMirrorJSON): string[] {
  return (json.content ?? [])
    .filter((node) => node.type === 'heading')
    .map((node) => node.content?.map((text) => text.text).join('') ?? '')
}

describe('plan document', () => {
  it('reads back what was written, through Yjs and another replica', () => {
    const doc = new Y.Doc()
    replacePlanDocument(doc, richDocument)
    const replica = new Y.Doc()
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
    const read = readPlanDocument(replica)
    expect(headings(read)).toEqual(['A-2 Policies'])
    expect(read.content?.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'table',
    ])
    expect(read.content?.[1]?.content?.[1]?.marks?.[0]).toMatchObject({
      type: 'link',
      attrs: { href: 'https://example.org' },
    })
    expect(read).toEqual(Node.fromJSON(planSchema, richDocument).toJSON())
    // reading normalises; a second round trip is exact
    replacePlanDocument(doc, read)
    expect(readPlanDocument(doc)).toEqual(read)
  })

  it('reads an empty plan as one empty paragraph', () => {
    expect(readPlanDocument(new Y.Doc())).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })

  it('replaces the whole text in one transaction', () => {
    const doc = new Y.Doc()
    replacePlanDocument(doc, planSkeleton('en'))
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    replacePlanDocument(doc, richDocument)
    expect(transactions).toBe(1)
    expect(headings(readPlanDocument(doc))).toEqual(['A-2 Policies'])
  })

  it('refuses a document that does not fit the schema and leaves the text as it was', () => {
    const doc = new Y.Doc()
    replacePlanDocument(doc, richDocument)
    const before = readPlanDocument(doc)
    expect(() => replacePlanDocument(doc, { type: 'doc', content: [{ type: 'video' }] })).toThrow()
    expect(() =>
      replacePlanDocument(doc, { type: 'doc', content: [{ type: 'text', text: 'loose' }] }),
    ).toThrow()
    expect(readPlanDocument(doc)).toEqual(before)
  })

  it('seeds the sections of the Action Plan once, in the workshop language', () => {
    const doc = new Y.Doc()
    expect(seedPlanDocument(doc, 'sv')).toBe(true)
    expect(isPlanSeeded(doc)).toBe(true)
    const seeded = readPlanDocument(doc)
    expect(headings(seeded)).toEqual(planSections('sv').map((s) => s.title))
    expect(headings(seeded)).toContain('A-2.3 Utsläppsgap')

    const stateBefore = Y.encodeStateVector(doc)
    expect(seedPlanDocument(doc, 'en')).toBe(false)
    expect(Y.encodeStateVector(doc)).toEqual(stateBefore)
  })

  it('does not seed over a plan that already has text, but marks it seeded', () => {
    const doc = new Y.Doc()
    replacePlanDocument(doc, richDocument)
    expect(seedPlanDocument(doc, 'en')).toBe(true)
    expect(headings(readPlanDocument(doc))).toEqual(['A-2 Policies'])
    expect(isPlanSeeded(doc)).toBe(true)
  })

  it('lists every section of DESIGN §6 in both languages, numbered alike', () => {
    const en = planSections('en')
    const sv = planSections('sv')
    expect(en.map((s) => s.id)).toEqual(sv.map((s) => s.id))
    expect(en.map((s) => s.title)).toContain('B-2.3 Residual emissions strategy')
    for (const [i, section] of en.entries()) {
      const numbering = section.title.split(' ')[0]
      if (section.level === 2) expect(sv[i]?.title.startsWith(`${numbering} `)).toBe(true)
    }
    // the seed lands in the fragment the Collaboration extension binds to
    const doc = new Y.Doc()
    seedPlanDocument(doc, 'en')
    expect(getPlanFragment(doc).length).toBeGreaterThan(en.length)
  })
})
