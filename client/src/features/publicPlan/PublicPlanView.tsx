import type { PublicPlan } from '@pactboard/shared'
import type { ReactNode } from 'react'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { InvestmentTable } from '../plan/InvestmentTable.tsx'
import { PlanText } from './PlanText.tsx'
import { PublicCommitments } from './PublicCommitments.tsx'
import { PublicMeasures } from './PublicMeasures.tsx'
import { PublicPathway } from './PublicPathway.tsx'

interface Part {
  id: string
  title: string
  body: ReactNode
}

/** The page itself: a heading, what it holds, and each part the planners chose. */
export function PublicPlanView({ plan }: { plan: PublicPlan }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const parts: Part[] = []
  if (plan.text) {
    const empty = plan.text.narrative.length === 0 && plan.text.sections.length === 0
    parts.push({
      id: 'plan-text',
      title: t('publication.page.text'),
      body: empty ? (
        <p className="board__empty">{t('publication.page.noText')}</p>
      ) : (
        <PlanText text={plan.text} lang={plan.languages[0] ?? language} />
      ),
    })
  }
  if (plan.parts.includes('pathway')) {
    parts.push({
      id: 'plan-pathway',
      title: t('publication.page.pathway'),
      body: plan.pathway ? (
        <PublicPathway figures={plan.pathway} />
      ) : (
        <p className="board__empty">{t('publication.page.noFigures')}</p>
      ),
    })
  }
  if (plan.measures) {
    parts.push({
      id: 'plan-measures',
      title: t('publication.page.measures'),
      body: <PublicMeasures measures={plan.measures} />,
    })
  }
  if (plan.investment) {
    parts.push({
      id: 'plan-investment',
      title: t('publication.page.investment'),
      body:
        plan.investment.years.length === 0 ? (
          <p className="board__empty">{t('plan.investment.empty')}</p>
        ) : (
          <InvestmentTable years={plan.investment.years} total={plan.investment.total} />
        ),
    })
  }
  if (plan.commitments) {
    parts.push({
      id: 'plan-commitments',
      title: t('publication.page.commitments'),
      body: <PublicCommitments commitments={plan.commitments} />,
    })
  }

  return (
    <main className="page public-plan" id="main">
      <header className="public-plan__header">
        <h1>{plan.title}</h1>
        <p className="public-plan__lede">{t('publication.page.lede', { city: plan.city })}</p>
        <p className="field__hint">
          {t('publication.page.publishedOn', { date: formatDate(plan.publishedAt, language) })}
        </p>
      </header>
      {parts.length > 1 ? (
        <nav className="public-plan__contents" aria-label={t('publication.page.contents')}>
          <ul>
            {parts.map((part) => (
              <li key={part.id}>
                <a href={`#${part.id}`}>{part.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {parts.map((part) => (
        <section
          key={part.id}
          id={part.id}
          className="public-plan__part"
          aria-labelledby={`${part.id}-heading`}
        >
          <h2 id={`${part.id}-heading`}>{part.title}</h2>
          {part.body}
        </section>
      ))}
    </main>
  )
}
