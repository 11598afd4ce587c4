import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { describe, expect, it } from 'vitest'
import { RECOVERY_STORAGE_KEY, resetRecoveryStore, useRecoveryStore } from './recoveryStore.ts'

const CLOSED = 'refused: new proposals are closed in the Discuss phase'
const trams = { id: 'm-trams', fields: makeMeasureFields({ title: 'Night trams' }) }
const comment = { id: 'c-1', measureId: 'm-bikes', measureTitle: 'Bike lanes', text: 'Yes!' }

describe('recoveryStore', () => {
  it('keeps what was lost per workshop, across a reload', async () => {
    const store = useRecoveryStore.getState()
    store.openWorkshop('w-1')
    store.offer({ measures: [trams], comments: [comment] }, CLOSED)
    const saved = localStorage.getItem(RECOVERY_STORAGE_KEY)

    // A reload: the memory is gone, localStorage is not.
    resetRecoveryStore()
    localStorage.setItem(RECOVERY_STORAGE_KEY, saved ?? '')
    await useRecoveryStore.persist.rehydrate()

    useRecoveryStore.getState().openWorkshop('w-2')
    expect(useRecoveryStore.getState().measures).toEqual([])
    useRecoveryStore.getState().openWorkshop('w-1')
    expect(useRecoveryStore.getState()).toMatchObject({
      refusal: null,
      measures: [{ item: trams, reason: CLOSED }],
      comments: [{ item: comment, reason: CLOSED }],
    })
  })

  it('forgets what was sent again or let go, and replaces an entry offered twice', () => {
    const store = useRecoveryStore.getState()
    store.openWorkshop('w-1')
    store.refused({ doc: 'board', reason: CLOSED })
    store.offer({ measures: [], comments: [] }, CLOSED)
    expect(useRecoveryStore.getState().refusal).toEqual({ doc: 'board', reason: CLOSED })

    store.offer({ measures: [trams], comments: [comment] }, CLOSED)
    store.offer({ measures: [trams], comments: [] }, 'refused: at most 50 measures each')
    expect(useRecoveryStore.getState().refusal).toBeNull()
    expect(useRecoveryStore.getState().measures).toEqual([
      { item: trams, reason: 'refused: at most 50 measures each' },
    ])

    store.dropMeasure(trams.id)
    store.dropComment(comment.id)
    expect(useRecoveryStore.getState().keptByWorkshop).toEqual({})
  })
})
