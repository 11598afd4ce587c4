import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { shortcutsFor } from './shortcuts.ts'

/** The keyboard shortcuts, as the keys act: opened with "?" or the console's button. */
export function ShortcutsDialog({
  facilitating,
  onClose,
}: {
  facilitating: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('console.shortcuts.title')} onClose={onClose}>
      <p>{t('console.shortcuts.lead')}</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('console.shortcuts.key')}</th>
            <th scope="col">{t('console.shortcuts.does')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcutsFor(facilitating).map((shortcut) => (
            <tr key={shortcut.key}>
              <td>
                <kbd>{shortcut.key.toUpperCase()}</kbd>
              </td>
              <td>{t(`console.shortcuts.actions.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('console.shortcuts.close')}
        </button>
      </div>
    </Dialog>
  )
}
