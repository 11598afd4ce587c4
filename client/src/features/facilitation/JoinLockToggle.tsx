import { getJoinLockedMirror, observeLedgerSettings } from '@pactboard/shared'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { setJoinLocked } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useSessionStore } from '../../app/sessionStore.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useY } from '../../sync/useY.ts'
import { CallError } from '../../ui/CallError.tsx'

interface JoinLockToggleProps {
  api: ApiCaller
  /** What this session last heard from the server; the ledger's live mirror wins when present. */
  joinLocked: boolean
  ledger: Y.Doc
}

/**
 * [P12] Closes joining by code (late arrivals, a closed group) and opens it again. A toggle
 * button keeps one label and says its state with aria-pressed; the line beside it says it in
 * words. The server mirrors the lock into the ledger, so a second facilitator's button follows
 * live; the answer also updates this session's workshop.
 */
export function JoinLockToggle({ api, joinLocked: fromSession, ledger }: JoinLockToggleProps) {
  const { t } = useTranslation()
  const mirrored = useY(ledger, getJoinLockedMirror, observeLedgerSettings)
  const joinLocked = mirrored ?? fromSession
  const { busy, error, run, retry } = useApiCall()

  const handleToggle = () =>
    run(async () => {
      const { workshop, joinCode } = await setJoinLocked(api, !joinLocked)
      useSessionStore.getState().updateWorkshop(api.workshopId, workshop, joinCode)
    })

  return (
    <div className="join-lock">
      <button
        type="button"
        className="button"
        aria-pressed={joinLocked}
        onClick={handleToggle}
        disabled={busy}
      >
        {t('people.lockJoining')}
      </button>
      <p className="field__hint">{t(joinLocked ? 'people.joiningLocked' : 'people.joiningOpen')}</p>
      <CallError error={error} onRetry={retry} />
    </div>
  )
}
