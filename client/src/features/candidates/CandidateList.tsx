import {
  CANDIDATE_STATUSES,
  type Candidate,
  FIELDS_OF_ACTION,
  type WorkspaceWorkshop,
} from '@pactboard/shared'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { listCandidates, mergeCandidate, setCandidateStatus } from '../../api/candidatesApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { SelectField } from '../../ui/Field.tsx'
import { BringInDialog } from './BringInDialog.tsx'
import { CandidateItem } from './CandidateItem.tsx'
import { type CandidateFilter, mergeTargets, NO_FILTER, viewCandidates } from './candidateQuery.ts'
import { MergeDialog } from './MergeDialog.tsx'
import { StatusDialog } from './StatusDialog.tsx'
import '../../app/candidates.css'

type Open = { dialog: 'bringIn' } | { dialog: 'status' | 'merge'; candidate: Candidate } | null

interface CandidateListProps {
  /** The workspace's workshops, where measures are brought in from. */
  workshops: readonly WorkspaceWorkshop[]
}

/**
 * The workspace's candidate list (docs/workspaces.md): filtered by status and field of action,
 * measures brought in from a workshop, duplicates merged, statuses changed with a reason for
 * citizens when rejected. Reloaded after each change, so it shows what the server keeps.
 */
export function CandidateList({ workshops }: CandidateListProps) {
  const { t } = useTranslation()
  const [candidates, setCandidates] = useState<Candidate[] | null>(null)
  const [filter, setFilter] = useState<CandidateFilter>(NO_FILTER)
  const [open, setOpen] = useState<Open>(null)
  const [said, setSaid] = useState('')
  const load = useApiCall()
  const { run } = load

  const reload = useCallback(
    () => run(async () => setCandidates((await listCandidates()).candidates)),
    [run],
  )
  useEffect(() => {
    void reload()
  }, [reload])

  const views = useMemo(() => viewCandidates(candidates ?? [], filter), [candidates, filter])
  const close = () => setOpen(null)
  const done = (message: string) => {
    setOpen(null)
    setSaid(message)
    void reload()
  }

  return (
    <section className="panel candidates" aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">{t('candidates.heading')}</h2>
      <p>{t('candidates.intro')}</p>
      {workshops.length === 0 ? (
        <p>{t('candidates.workshopsNone')}</p>
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={() => setOpen({ dialog: 'bringIn' })}
        >
          {t('candidates.bringIn')}
        </button>
      )}
      {said ? <p role="status">{said}</p> : null}
      <div className="candidates__filters">
        <SelectField
          label={t('candidates.filterStatus')}
          value={filter.status}
          onChange={(event) =>
            setFilter({ ...filter, status: event.target.value as CandidateFilter['status'] })
          }
          options={[
            { value: 'open', label: t('candidates.allStatuses') },
            ...CANDIDATE_STATUSES.map((status) => ({
              value: status,
              label: t(`enums.measureStatus.${status}`),
            })),
          ]}
        />
        <SelectField
          label={t('candidates.filterField')}
          value={filter.field}
          onChange={(event) =>
            setFilter({ ...filter, field: event.target.value as CandidateFilter['field'] })
          }
          options={[
            { value: 'all', label: t('candidates.allFields') },
            ...FIELDS_OF_ACTION.map((field) => ({
              value: field,
              label: t(`enums.fieldOfAction.${field}`),
            })),
          ]}
        />
      </div>
      <CallError error={load.error} onRetry={() => void load.retry()} />
      {candidates === null ? null : (
        <>
          <p className="candidate__meta">{t('candidates.count', { count: views.length })}</p>
          {views.length === 0 ? (
            <p>{candidates.length === 0 ? t('candidates.empty') : t('candidates.emptyFiltered')}</p>
          ) : (
            <ul className="candidates__list" aria-labelledby="candidates-heading">
              {views.map((view) => (
                <CandidateItem
                  key={view.candidate.id}
                  view={view}
                  onStatus={() => setOpen({ dialog: 'status', candidate: view.candidate })}
                  onMerge={() => setOpen({ dialog: 'merge', candidate: view.candidate })}
                />
              ))}
            </ul>
          )}
        </>
      )}
      {open?.dialog === 'bringIn' ? (
        <BringInDialog
          workshops={workshops}
          onCancel={close}
          onDone={(count) => done(t('candidates.broughtIn', { count }))}
        />
      ) : null}
      {open?.dialog === 'status' ? (
        <StatusDialog
          candidate={open.candidate}
          onCancel={close}
          onSubmit={(change) => setCandidateStatus(open.candidate.id, change)}
          onDone={(change) =>
            done(
              t('candidates.statusSaved', {
                title: open.candidate.title,
                status: t(`enums.measureStatus.${change.status}`),
              }),
            )
          }
        />
      ) : null}
      {open?.dialog === 'merge' ? (
        <MergeDialog
          candidate={open.candidate}
          targets={mergeTargets(open.candidate, candidates ?? [])}
          onCancel={close}
          onSubmit={(into) => mergeCandidate(open.candidate.id, into)}
          onDone={(into) =>
            done(t('candidates.mergedSaid', { title: open.candidate.title, into: into.title }))
          }
        />
      ) : null}
    </section>
  )
}
