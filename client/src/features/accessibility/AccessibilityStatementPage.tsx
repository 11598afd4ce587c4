import type { AccessibilityStatementResponse } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { fetchAccessibilityStatement } from '../../api/accessibilityApi.ts'
import { Link } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'

export const ACCESSIBILITY_PATH = '/accessibility'

/**
 * The accessibility statement the Web Accessibility Directive (EU 2016/2102) asks of a public
 * body's web app, in the model's order: how far it conforms and to what, what is not
 * accessible and what to use instead, how it was assessed, how to report a barrier (the
 * deployment's contact, GET /api/accessibility) and where to turn if the answer is not enough.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation()
  usePageTitle(t('accessibility.title'))
  const [facts, setFacts] = useState<AccessibilityStatementResponse | null>(null)
  useEffect(() => {
    let cancelled = false
    fetchAccessibilityStatement().then(
      (answer) => {
        if (!cancelled) setFacts(answer)
      },
      () => {},
    )
    return () => {
      cancelled = true
    }
  }, [])

  return (
    <main className="page page--narrow statement" id="main">
      <h1>{t('accessibility.title')}</h1>
      <p>{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.limitsHeading')}</h2>
      <ul>
        <li>{t('accessibility.limitPdf')}</li>
        <li>{t('accessibility.limitChart')}</li>
        <li>{t('accessibility.limitCarets')}</li>
      </ul>
      <h2>{t('accessibility.methodHeading')}</h2>
      <p>{t('accessibility.method')}</p>
      <h2>{t('accessibility.feedbackHeading')}</h2>
      <p>
        {facts?.contact
          ? t('accessibility.feedback', { contact: facts.contact })
          : t('accessibility.feedbackUnknown')}
      </p>
      <h2>{t('accessibility.enforcementHeading')}</h2>
      <p>{t('accessibility.enforcement')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </main>
  )
}

/** The footer's link to the statement, on every page. */
export function AccessibilityStatementLink() {
  const { t } = useTranslation()
  return <Link to={ACCESSIBILITY_PATH}>{t('accessibility.link')}</Link>
}
