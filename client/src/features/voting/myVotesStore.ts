import type { MyVotesResponse, VoteResponse } from '@pactboard/shared'
import { create } from 'zustand'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { fetchMyVotes } from '../../api/votingApi.ts'

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

export function myVotesKey(api: ApiCaller): string {
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

/** One reload at a time per voter, however many cards ask for it. */
const reloading = new Map<string, Promise<void>>()
/** Bumped by a reset, so that an answer to a request from before it is dropped. */
let generation = 0

async function reloadNow(api: ApiCaller): Promise<void> {
  const started = { generation, revision: useMyVotesStore.getState().revision }
  const response = await fetchMyVotes(api)
  const state = useMyVotesStore.getState()
  if (generation !== started.generation || state.revision !== started.revision) return
  state.setMine(myVotesKey(api), response)
}

/**
 * Asks the server for my dots, unless a request is already on its way; an answer overtaken by
 * a cast's answer is dropped. A failed request keeps what the screen had: the next cast or
 * reload corrects it.
 */
export function reloadMyVotes(api: ApiCaller): void {
  const key = myVotesKey(api)
  if (reloading.has(key)) return
  const done = reloadNow(api)
    .catch(() => {})
    .finally(() => {
      if (reloading.get(key) === done) reloading.delete(key)
    })
  reloading.set(key, done)
}

export function resetMyVotesStore(): void {
  generation++
  reloading.clear()
  useMyVotesStore.setState({ byApi: {}, revision: 0 })
}
