import { setVotingSettings } from '@pactboard/shared'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { DotsField } from './DotsField.tsx'
import { useVotingSettings } from './useVoting.ts'

/** The facilitator's dot-voting rules, written to the control doc; the server reads them there. */
export function VotingSettingsForm({ control }: { control: Y.Doc }) {
  const { t } = useTranslation()
  const settings = useVotingSettings(control)
  return (
    <fieldset className="voting-settings">
      <legend>{t('voting.settings.legend')}</legend>
      <DotsField
        label={t('voting.settings.budget')}
        value={settings.budgetPerParticipant}
        onChange={(budgetPerParticipant) => setVotingSettings(control, { budgetPerParticipant })}
      />
      <DotsField
        label={t('voting.settings.maxPerCard')}
        value={settings.maxPerMeasure}
        onChange={(maxPerMeasure) => setVotingSettings(control, { maxPerMeasure })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.excludeOwn}
          onChange={(event) => setVotingSettings(control, { excludeOwn: event.target.checked })}
        />
        {t('voting.settings.excludeOwn')}
      </label>
    </fieldset>
  )
}
