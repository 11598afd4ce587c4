import type { FollowTarget, FollowView } from '@pactboard/shared'

/** Where a follow target leads inside workshop `workshopId`, and which view a path shows. */
export function followPath(workshopId: string, target: Pick<FollowTarget, 'view' | 'measureId'>) {
  const base = `/w/${workshopId}`
  switch (target.view) {
    case 'plan':
      return `${base}/plan`
    case 'present':
      return `${base}/present`
    case 'measure':
      return target.measureId ? `${base}?measure=${encodeURIComponent(target.measureId)}` : base
    case 'board':
      return base
  }
}

export function viewOfPath(pathname: string): FollowView {
  if (pathname.endsWith('/plan')) return 'plan'
  if (pathname.endsWith('/present')) return 'present'
  return 'board'
}
