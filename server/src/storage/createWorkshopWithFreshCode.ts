import { randomBytes } from 'node:crypto'
import { makeJoinCode, type Workshop } from '@pactboard/shared'
import { JoinCodeTakenError, type Store } from './Store.ts'

// 25^6 ≈ 244 million codes: a collision is rare, several in a row means something else is wrong.
const JOIN_CODE_ATTEMPTS = 8

/** Stores a new workshop under a fresh join code (creating and importing a workshop), in a workspace or none. */
export async function createWorkshopWithFreshCode(
  store: Store,
  workshop: Workshop,
  workspaceId: string | null = null,
): Promise<string> {
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const joinCode = makeJoinCode((length) => randomBytes(length))
    try {
      await store.createWorkshop(workshop, joinCode, workspaceId)
      return joinCode
    } catch (error) {
      if (!(error instanceof JoinCodeTakenError)) throw error
    }
  }
  throw new Error('No free join code after several attempts')
}
