import { getPlanFragment } from '@pactboard/shared'
import { seedPlanDocument } from '@pactboard/shared/editor'
import { makeParticipant } from '@pactboard/shared/test/fixtures'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PlanEditor } from './PlanEditor.tsx'

const per = makeParticipant({ id: 'p-per', displayName: 'Per', role: 'planner' })

function seededPlan(): Y.Doc {
  const plan = new Y.Doc()
  seedPlanDocument(plan, 'en')
  return plan
}

describe('plan editor', () => {
  it('mounts on the plan doc’s fragment and shows the seeded headings', async () => {
    const plan = seededPlan()
    render(<PlanEditor plan={plan} provider={null} me={per} canWrite />)
    const textbox = await screen.findByRole('textbox', { name: 'Plan document' })
    expect(
      within(textbox).getByRole('heading', { name: 'A-1 Emission baseline inventory' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Plan document' })).toContainElement(textbox)
    expect(screen.getByRole('toolbar', { name: 'Text formatting' })).toBeInTheDocument()
    expect(getPlanFragment(plan).length).toBeGreaterThan(0)
  })

  it('is read-only, without a toolbar, for someone who may not write the plan', async () => {
    const observer = makeParticipant({ id: 'p-o', displayName: 'Olle', role: 'observer' })
    render(<PlanEditor plan={seededPlan()} provider={null} me={observer} canWrite={false} />)
    const textbox = await screen.findByRole('textbox', { name: 'Plan document' })
    expect(textbox).toHaveAttribute('contenteditable', 'false')
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument()
  })
})
