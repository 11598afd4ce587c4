import { can, isWorkspacePlan } from '@pactboard/shared'
import { Suspense } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import type { Session } from '../../app/sessionStore.ts'
import { withPublicationTexts } from '../../i18n/publicationTexts.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { WorkshopDocsWithPlan } from '../../sync/useWorkshopDocs.ts'
import { lazyNamed } from '../../ui/lazyNamed.ts'
import { CommitmentsSection } from '../commitments/CommitmentsSection.tsx'
import { ExportButtons } from './ExportButtons.tsx'
import { InvestmentPlan } from './InvestmentPlan.tsx'
import { PathwayChart } from './PathwayChart.tsx'
import { PlanEditor } from './PlanEditor.tsx'
import { PlanFiguresForm } from './PlanFiguresForm.tsx'
import { Portfolio } from './Portfolio.tsx'
import { Versions } from './Versions.tsx'

// Only facilitators and planners publish: nobody else fetches the panel or its texts.
const PublishPanel = lazyNamed(
  () => withPublicationTexts(import('./PublishPanel.tsx')),
  'PublishPanel',
)

/**
 * `/w/:workshopId/plan`: the climate plan (DESIGN §3). Everyone reads it; facilitators and
 * planners write it (the sync server refuses anyone else's writes, the UI does not offer them).
 */
export function PlanView({
  docs,
  session,
  api,
}: {
  docs: WorkshopDocsWithPlan
  session: Session
  api: ApiCaller
}) {
  const { t } = useTranslation()
  const { participant: me, workshop } = session
  const canWrite = can(me.role, 'writePlan')
  return (
    <div className="plan">
      <div className="plan__bar">
        <h2>{t('plan.heading')}</h2>
        {can(me.role, 'export') ? <ExportButtons api={api} language={workshop.language} /> : null}
      </div>
      {canWrite ? null : <p className="notice">{t('plan.readOnly')}</p>}
      <div className="plan__layout">
        <div className="plan__main">
          <PlanEditor
            plan={docs.plan.doc}
            provider={docs.plan.provider}
            me={me}
            canWrite={canWrite}
          />
        </div>
        <div className="plan__side">
          <PathwayChart plan={docs.plan.doc} board={docs.board.doc} ledger={docs.ledger.doc} />
          <PlanFiguresForm plan={docs.plan.doc} canWrite={canWrite} />
        </div>
      </div>
      <Portfolio
        plan={docs.plan.doc}
        board={docs.board.doc}
        ledger={docs.ledger.doc}
        me={me}
        canWrite={canWrite}
        fromList={isWorkspacePlan(workshop.id)}
      />
      <InvestmentPlan plan={docs.plan.doc} board={docs.board.doc} ledger={docs.ledger.doc} />
      <Versions api={api} canWrite={canWrite} />
      {can(me.role, 'publishPlan') ? (
        <Suspense fallback={null}>
          <PublishPanel api={api} />
        </Suspense>
      ) : null}
      <CommitmentsSection
        board={docs.board.doc}
        ledger={docs.ledger.doc}
        control={docs.control.doc}
        me={me}
        api={api}
      />
    </div>
  )
}
