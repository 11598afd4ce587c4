import { type PresenceState, peopleHere } from '@pactboard/shared'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'

type Person = PresenceState['user']

/** The distinct people whose awareness state is on the board doc, live. */
export function usePeopleHere(awareness: Awareness): Person[] {
  const cache = useRef<{ key: string; people: Person[] } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange)
      return () => awareness.off('change', onChange)
    },
    [awareness],
  )
  const getSnapshot = () => {
    const people = peopleHere(awareness.getStates().values())
    // Same people, same array: awareness pings every 15 s without anything changing.
    const key = people.map((p) => `${p.participantId}:${p.displayName}:${p.role}`).join('|')
    if (cache.current?.key !== key) cache.current = { key, people }
    return cache.current.people
  }
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
