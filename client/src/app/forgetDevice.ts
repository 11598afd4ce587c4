import { DOC_NAMES } from '@pactboard/shared'
import { resetMyVotesStore } from '../features/voting/myVotesStore.ts'
import { localDocName } from '../sync/createProvider.ts'
import { resetRecoveryStore, useRecoveryStore } from '../sync/recoveryStore.ts'
import { resetSessionStore, useSessionStore } from './sessionStore.ts'
import { resetUiStore } from './uiStore.ts'

/**
 * What this browser keeps of Pactboard, and how it goes: sessions (the tokens), the language
 * chosen and kept work in localStorage, a copy of each workshop doc in IndexedDB. Call these
 * once the workshop screen is gone (its providers close their databases as it unmounts), or a
 * deletion waits on them.
 */

/** How long a database's deletion may wait on a tab that still holds it open. */
const DELETE_WAIT_MS = 5000

/** [G6] "Leave and remove this device's data": every session, every copy, every setting. */
export async function forgetThisDevice(): Promise<void> {
  const workshopIds = Object.keys(useSessionStore.getState().sessions)
  // In-memory stores first: a persisted store writes its state back on the next change.
  resetSessionStore()
  resetUiStore()
  resetRecoveryStore()
  resetMyVotesStore()
  localStorage.clear()
  sessionStorage.clear()
  const names = new Set(workshopIds.flatMap(localDocNames))
  for (const name of await databaseNames()) names.add(name)
  await Promise.all([...names].map(deleteDatabase))
}

/** [G1] A workshop that is gone (deleted): its session, kept work and local copies go too. */
export async function forgetWorkshopOnDevice(workshopId: string): Promise<void> {
  useSessionStore.getState().forgetSession(workshopId)
  useRecoveryStore.setState((state) => {
    const { [workshopId]: _gone, ...others } = state.keptByWorkshop
    const open = state.workshopId === workshopId
    return open
      ? { keptByWorkshop: others, measures: [], comments: [], refusal: null }
      : { keptByWorkshop: others }
  })
  await Promise.all(localDocNames(workshopId).map(deleteDatabase))
}

function localDocNames(workshopId: string): string[] {
  return DOC_NAMES.map((doc) => localDocName(workshopId, doc))
}

/** Every IndexedDB database of this origin, where the browser can list them. */
async function databaseNames(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return []
  const databases = await indexedDB.databases().catch(() => [])
  return databases.flatMap((db) => (db.name ? [db.name] : []))
}

function deleteDatabase(name: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, DELETE_WAIT_MS)
    const done = () => {
      clearTimeout(timer)
      resolve()
    }
    const request = indexedDB.deleteDatabase(name)
    // `blocked` is not the end: the deletion goes through once the last connection closes.
    request.onsuccess = done
    request.onerror = done
  })
}
