import type { PublicPlan } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { ApiError } from '../../api/http.ts'
import { fetchPublicPlan } from '../../api/publicPlanApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useParams } from '../../app/router.tsx'
import { useOfferLanguages } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { PublicPlanView } from './PublicPlanView.tsx'

/**
 * `/p/:slug`: a published plan for anyone with its link, read-only, with no token and no person
 * named in it ([G7]), in the workshop's language (or its second one, with the switcher).
 */
export function PublicPlanPage() {
  const { slug = '' } = useParams()
  const { t } = useTranslation()
  const [plan, setPlan] = useState<PublicPlan | null>(null)
  const [missing, setMissing] = useState(false)
  const loading = useApiCall()
  const { run } = loading

  useEffect(() => {
    setPlan(null)
    setMissing(false)
    void run(async () => {
      try {
        setPlan(await fetchPublicPlan(slug))
      } catch (error) {
        // withdrawn, mistyped or never made: a page to say so, not an error to retry
        if (error instanceof ApiError && error.status === 404) setMissing(true)
        else throw error
      }
    })
  }, [slug, run])

  useOfferLanguages(plan?.languages ?? null)
  usePageTitle(plan?.title ?? (missing ? t('publication.page.notFound') : null))

  if (missing) {
    return (
      <main className="page page--narrow" id="main">
        <h1>{t('publication.page.notFound')}</h1>
        <p>{t('publication.page.notFoundHint')}</p>
      </main>
    )
  }
  if (!plan) {
    return (
      <main className="page public-plan" id="main">
        {loading.error ? null : <p className="board__empty">{t('publication.page.loading')}</p>}
        <CallError error={loading.error} onRetry={loading.retry} />
      </main>
    )
  }
  return <PublicPlanView plan={plan} />
}
