import { REACTION_KINDS, type ReactionCounts, type ReactionKind } from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'

// Icons, not emoji: a laptop without an emoji font (common on Linux) shows emoji as empty boxes.
// Drawn by the style sheet (`.reaction__icon--<kind>`): one element each, not an inline SVG.

interface ReactionBarProps {
  counts: ReactionCounts
  /** Absent for someone who may not react (an observer, a withdrawn measure): counts only. */
  onToggle?: ((kind: ReactionKind) => void) | undefined
}

/**
 * One toggle button per reaction, small enough for a phone card. The icon is decoration; the
 * accessible name says what pressing does and how many reacted ("Support, 3", "Remove your
 * support, 3").
 */
export function ReactionBar({ counts, onToggle }: ReactionBarProps) {
  const { t } = useTranslation()
  const kinds = onToggle ? REACTION_KINDS : REACTION_KINDS.filter((kind) => counts[kind].count > 0)
  if (kinds.length === 0) return null
  return (
    <ul className="reactions" aria-label={t('reactions.label')}>
      {kinds.map((kind) => {
        const { count, mine } = counts[kind]
        const label = t(`reactions.kind.${kind}`)
        const name = t('reactions.count', {
          label: mine ? t(`reactions.remove.${kind}`) : label,
          count,
        })
        const face = (
          <span aria-hidden="true" className="reaction__face">
            <span className={`reaction__icon reaction__icon--${kind}`} /> {count > 0 ? count : null}
          </span>
        )
        return (
          <li key={kind}>
            {onToggle ? (
              <button
                type="button"
                className="reaction"
                aria-pressed={mine}
                aria-label={name}
                title={label}
                onClick={() => onToggle(kind)}
              >
                {face}
              </button>
            ) : (
              <span className="reaction reaction--static" title={label}>
                {face}
                <span className="visually-hidden">{t('reactions.count', { label, count })}</span>
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
