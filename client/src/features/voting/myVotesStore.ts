import type { MyVotesResponse, VoteResponse } from '@pactboard/shared'
import { create } from 'zustand'
import { fetchMyVotes } from '../../api/votingApi.ts'
import type { WorkshopApi } from '../board/cardSlots.ts'

/**
 * One's own dots, as the server last told them (GET …/votes/mine, and the answer to each cast
 * or withdrawal): no doc carries anyone's dots, so the screen keeps its voter's here, one entry
 * per workshop and token. `revision` counts the answers applied, so that a reload which started
 * before a cast cannot put back what the cast's answer already replaced.
 */

export interface MyVotes {
  /** My dots, by measure. */
  byMeasure: ReadonlyMap<string, number>
  spent: number
}

export const NO_VOTES: MyVotes = { byMeasure: new Map(), spent: 0 }

interface MyVotesState {
  byApi: Record<string, MyVotes>
  revision: number
  setMine: (key: string, response: MyVotesResponse) => void
  applyVote: (key: string, response: VoteResponse) => void
}

export function myVotesKey(api: WorkshopApi): string {
  return `${api.workshopId}/${api.token}`
}

export const useMyVotesStore = create<MyVotesState>()((set) => ({
  byApi: {},
  revision: 0,
  setMine: (key, response) =>
    set((state) => ({
      byApi: {
        ...state.byApi,
        [key]: { byMeasure: new Map(Object.entries(response.votes)), spent: response.spent },
      },
    })),
  applyVote: (key, response) =>
    set((state) => {
      const byMeasure = new Map(state.byApi[key]?.byMeasure)
      if (response.onMeasure > 0) byMeasure.set(response.measureId, response.onMeasure)
      else byMeasure.delete(response.measureId)
      return {
        byApi: { ...state.byApi, [key]: { byMeasure, spent: response.spent } },
        revision: state.revision + 1,
      }
    }),
}))

/** Asks the server for my dots; an answer overtaken by a cast's answer is dropped. */
export async function reloadMyVotes(api: WorkshopApi): Promise<void> {
  const before = useMyVotesStore.getState().revision
  const response = await fetchMyVotes(api)
  if (useMyVotesStore.getState().revision !== before) return
  useMyVotesStore.getState().setMine(myVotesKey(api), response)
}

export function resetMyVotesStore(): void {
  useMyVotesStore.setState({ byApi: {}, revision: 0 })
}
