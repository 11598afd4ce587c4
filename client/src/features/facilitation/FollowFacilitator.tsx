import { useEffect, useRef, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { useLocation, useNavigate } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useAgenda } from '../../sync/useAgenda.ts'
import { followPath } from './followPath.ts'

function useSynced(provider: WebsocketProvider | null): boolean {
  const [synced, setSynced] = useState(provider?.synced ?? true)
  useEffect(() => {
    if (!provider) return
    const handle = (isSynced: boolean) => setSynced(isSynced)
    setSynced(provider.synced)
    provider.on('sync', handle)
    return () => provider.off('sync', handle)
  }, [provider])
  return synced
}

interface FollowFacilitatorProps {
  control: Y.Doc
  /** The control doc's provider: a target already there when someone arrives is history. */
  provider: WebsocketProvider | null
  workshopId: string
}

/**
 * "Bring everyone here", on a participant's screen: each new request (a higher sequence) takes
 * them to the facilitator's view, unless they chose to stay where they are; "Back to where I was"
 * undoes the last jump.
 */
export function FollowFacilitator({ control, provider, workshopId }: FollowFacilitatorProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const { follow } = useAgenda(control)
  const synced = useSynced(provider)
  const [following, setFollowing] = useState(true)
  const [returnTo, setReturnTo] = useState<string | null>(null)
  const seenSequence = useRef<number | null>(null)
  const here = location.pathname + location.search

  useEffect(() => {
    const sequence = follow?.sequence ?? 0
    // Until the doc is synced, whatever arrives is an old request: remember it, do not follow.
    if (!synced || seenSequence.current === null) {
      seenSequence.current = sequence
      return
    }
    if (sequence <= seenSequence.current) return
    seenSequence.current = sequence
    if (!following || !follow) return
    const target = followPath(workshopId, follow)
    if (target === here) return
    setReturnTo(here)
    navigate(target)
  }, [follow, synced, following, workshopId, here, navigate])

  if (!follow) return null
  const goBack = () => {
    if (returnTo) navigate(returnTo)
    setReturnTo(null)
  }
  const followAgain = () => {
    setFollowing(true)
    const target = followPath(workshopId, follow)
    if (target !== here) navigate(target)
  }
  return (
    <fieldset className="follow">
      <legend className="visually-hidden">{t('phases.followLabel')}</legend>
      {returnTo && following ? (
        <>
          <p>{t('phases.broughtHere')}</p>
          <button type="button" className="button button--small" onClick={goBack}>
            {t('phases.backToWhereIWas')}
          </button>
        </>
      ) : null}
      {following ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setFollowing(false)
            setReturnTo(null)
          }}
        >
          {t('phases.stayHere')}
        </button>
      ) : (
        <button type="button" className="button button--small" onClick={followAgain}>
          {t('phases.followAgain')}
        </button>
      )}
    </fieldset>
  )
}
