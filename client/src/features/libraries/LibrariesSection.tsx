import {
  EMISSION_SECTORS,
  type EmissionSector,
  FIELDS_OF_ACTION,
  type FieldOfAction,
  type Library,
  type LibraryMeasure,
  type WorkspaceWorkshop,
} from '@pactboard/shared'
import { type ChangeEvent, useCallback, useEffect, useMemo, useState } from 'react'
import { importLibrary, listLibraries, listLibraryMeasures } from '../../api/librariesApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useLatestRead } from '../../api/useLatestRead.ts'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { SelectField, TextField } from '../../ui/Field.tsx'
import { CopyMeasureDialog } from './CopyMeasureDialog.tsx'
import { ExportLibraryDialog } from './ExportLibraryDialog.tsx'
import { LibraryMeasureItem } from './LibraryMeasureItem.tsx'
import '../../app/candidates.css'

interface Filter {
  field: FieldOfAction | 'all'
  sector: EmissionSector | 'all'
}

const NO_FILTER: Filter = { field: 'all', sector: 'all' }

type Open = { dialog: 'export' } | { dialog: 'copy'; measure: LibraryMeasure } | null

interface LibrariesSectionProps {
  /** The workspace's workshops, where a library's measure can be copied to. */
  workshops: readonly WorkspaceWorkshop[]
  /** After an import added candidates: the candidate list has more to show. */
  onImported: () => void
}

/**
 * Measure libraries on the workspace page (docs/workspaces.md, [W15]–[W19]): export candidates as
 * a file, import another city's file into the candidate list, browse an imported library's
 * measures by field of action and emission sector (filtered by the server), copy one into a
 * workshop.
 */
export function LibrariesSection({ workshops, onImported }: LibrariesSectionProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const [libraries, setLibraries] = useState<Library[] | null>(null)
  const [libraryId, setLibraryId] = useState('')
  const [filter, setFilter] = useState<Filter>(NO_FILTER)
  const [open, setOpen] = useState<Open>(null)
  const [said, setSaid] = useState('')
  const [fileError, setFileError] = useState<string | undefined>(undefined)
  const load = useApiCall()
  const upload = useApiCall()
  const { run } = load

  const reload = useCallback(
    (select?: string) =>
      run(async () => {
        const listed = (await listLibraries()).libraries
        setLibraries(listed)
        setLibraryId((current) => select ?? (current || listed[0]?.id || ''))
      }),
    [run],
  )
  useEffect(() => {
    void reload()
  }, [reload])

  const readMeasures = useMemo(
    () =>
      libraryId
        ? async () =>
            (
              await listLibraryMeasures(libraryId, {
                ...(filter.field === 'all' ? {} : { field: filter.field }),
                ...(filter.sector === 'all' ? {} : { sector: filter.sector }),
              })
            ).measures
        : null,
    [libraryId, filter],
  )
  const browse = useLatestRead(readMeasures)
  const measures = browse.data

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setFileError(undefined)
    setSaid('')
    const text = await file.text()
    try {
      JSON.parse(text)
    } catch {
      setFileError(t('libraries.importNotJson'))
      input.value = ''
      return
    }
    await upload.run(async () => {
      const { library, created, candidates } = await importLibrary(text)
      const origin = library.origin.name
      setSaid(
        created
          ? t('libraries.imported', { count: candidates.length, origin })
          : t('libraries.importedBefore', { origin }),
      )
      setFilter(NO_FILTER)
      await reload(library.id)
      if (created) onImported()
    })
    input.value = ''
  }

  const done = (message: string) => {
    setOpen(null)
    setSaid(message)
  }

  return (
    <section className="panel candidates" aria-labelledby="libraries-heading">
      <h2 id="libraries-heading">{t('libraries.heading')}</h2>
      <p>{t('libraries.intro')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => setOpen({ dialog: 'export' })}
      >
        {t('libraries.export')}
      </button>
      <TextField
        type="file"
        accept=".json,application/json"
        label={t('libraries.importFile')}
        hint={t('libraries.importHint')}
        error={fileError}
        disabled={upload.busy}
        onChange={(event) => void handleFile(event)}
      />
      <CallError error={upload.error} />
      {said ? <p role="status">{said}</p> : null}
      <CallError error={load.error} onRetry={() => void load.retry()} />
      {libraries === null ? null : libraries.length === 0 ? (
        <p>{t('libraries.none')}</p>
      ) : (
        <>
          <div className="candidates__filters">
            <SelectField
              label={t('libraries.library')}
              value={libraryId}
              onChange={(event) => {
                setLibraryId(event.target.value)
                setFilter(NO_FILTER)
              }}
              options={libraries.map((library) => ({
                value: library.id,
                label: t('libraries.libraryOption', {
                  origin: library.origin.name,
                  year: library.year,
                  date: formatDate(library.importedAt, language),
                }),
              }))}
            />
            <SelectField
              label={t('libraries.filterField')}
              value={filter.field}
              onChange={(event) =>
                setFilter({ ...filter, field: event.target.value as Filter['field'] })
              }
              options={[
                { value: 'all', label: t('libraries.allFields') },
                ...FIELDS_OF_ACTION.map((field) => ({
                  value: field,
                  label: t(`enums.fieldOfAction.${field}`),
                })),
              ]}
            />
            <SelectField
              label={t('libraries.filterSector')}
              value={filter.sector}
              onChange={(event) =>
                setFilter({ ...filter, sector: event.target.value as Filter['sector'] })
              }
              options={[
                { value: 'all', label: t('libraries.allSectors') },
                ...EMISSION_SECTORS.map((sector) => ({
                  value: sector,
                  label: t(`enums.emissionSector.${sector}`),
                })),
              ]}
            />
          </div>
          <CallError error={browse.error} onRetry={browse.retry} />
          {measures === null ? null : (
            <>
              <p className="candidate__meta">{t('libraries.count', { count: measures.length })}</p>
              {measures.length === 0 ? (
                <p>{t('libraries.emptyFiltered')}</p>
              ) : (
                <ul className="candidates__list" aria-label={t('libraries.measures')}>
                  {measures.map((measure) => (
                    <LibraryMeasureItem
                      key={measure.id}
                      measure={measure}
                      onCopy={
                        workshops.length > 0 ? () => setOpen({ dialog: 'copy', measure }) : null
                      }
                    />
                  ))}
                </ul>
              )}
              {workshops.length === 0 ? <p>{t('libraries.noWorkshops')}</p> : null}
            </>
          )}
        </>
      )}
      {open?.dialog === 'export' ? (
        <ExportLibraryDialog
          onCancel={() => setOpen(null)}
          onDone={(count) => done(t('libraries.exported', { count }))}
        />
      ) : null}
      {open?.dialog === 'copy' ? (
        <CopyMeasureDialog
          measure={open.measure}
          workshops={workshops}
          onCancel={() => setOpen(null)}
          onDone={(workshop) =>
            done(t('libraries.copied', { title: open.measure.fields.title, workshop }))
          }
        />
      ) : null}
    </section>
  )
}
