/**
 * `echarts/core` for tests that draw charts without looking at them: happy-dom has no canvas.
 * Use as `vi.mock('echarts/core', () => import('…/test/quietEcharts.ts'))`.
 */
export const use = () => {}
export const init = () => ({ setOption: () => {}, resize: () => {}, dispose: () => {} })
