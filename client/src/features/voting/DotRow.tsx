/** Dots as the wall of a workshop shows them: filled for those placed, hollow for those left. */
export function DotRow({ filled, slots, label }: { filled: number; slots: number; label: string }) {
  const count = Math.max(filled, slots)
  return (
    <span className="dot-row" role="img" aria-label={label}>
      {Array.from({ length: count }, (_, index) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: the dots are identical and never reorder
          key={index}
          className={index < filled ? 'dot-row__dot dot-row__dot--filled' : 'dot-row__dot'}
        />
      ))}
    </span>
  )
}
