/** One figure for the back of the hall: the number large, what it counts beneath it. */
export function PresentStat({ value, label }: { value: string; label: string }) {
  return (
    <p className="present-stat">
      <span className="present-stat__value">{value}</span>{' '}
      <span className="present-stat__label">{label}</span>
    </p>
  )
}
