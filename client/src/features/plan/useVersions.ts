import type { PlanVersion } from '@pactboard/shared'
import { useCallback, useEffect, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { listVersions } from '../../api/planApi.ts'

export interface VersionsState {
  versions: PlanVersion[] | null
  error: unknown
  reload: () => void
}

/** The named versions, newest first, fetched when the plan opens and after each change. */
export function useVersions(api: ApiCaller): VersionsState {
  const [versions, setVersions] = useState<PlanVersion[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [tick, setTick] = useState(0)
  const reload = useCallback(() => setTick((n) => n + 1), [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick asks for a fresh list
  useEffect(() => {
    let current = true
    listVersions(api).then(
      (body) => {
        if (!current) return
        setVersions(Array.isArray(body.versions) ? body.versions : [])
        setError(null)
      },
      (cause: unknown) => {
        if (current) setError(cause)
      },
    )
    return () => {
      current = false
    }
  }, [api, tick])

  return { versions, error, reload }
}
