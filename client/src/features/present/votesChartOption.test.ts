import { describe, expect, it } from 'vitest'
import { votesChartOption } from './votesChartOption.ts'

const STYLE = { fontSize: 20, color: '#0f5c4c', labelWidthPx: 300 }

describe('votes chart option', () => {
  it('draws one bar per card, in ranking order, most dots at the top', () => {
    const option = votesChartOption(
      [
        { label: 'Bus lanes', votes: 12 },
        { label: 'Solar roofs', votes: 7 },
        { label: 'Tree planting', votes: 0 },
      ],
      STYLE,
    ) as {
      yAxis: { data: string[]; inverse: boolean; axisLabel: { width: number; overflow: string } }
      xAxis: { type: string; minInterval: number }
      series: { type: string; data: number[]; label: { show: boolean; fontSize: number } }[]
    }
    expect(option.yAxis.data).toEqual(['Bus lanes', 'Solar roofs', 'Tree planting'])
    expect(option.yAxis.inverse).toBe(true)
    expect(option.series).toHaveLength(1)
    expect(option.series[0]?.type).toBe('bar')
    expect(option.series[0]?.data).toEqual([12, 7, 0])
    // Whole dots only on the axis; each bar says its number in the hall's text size.
    expect(option.xAxis).toMatchObject({ type: 'value', minInterval: 1 })
    expect(option.series[0]?.label).toMatchObject({ show: true, fontSize: 20 })
    expect(option.yAxis.axisLabel).toMatchObject({ width: 300, overflow: 'truncate' })
  })

  it('is an empty chart without cards', () => {
    const option = votesChartOption([], STYLE) as {
      yAxis: { data: string[] }
      series: { data: number[] }[]
    }
    expect(option.yAxis.data).toEqual([])
    expect(option.series[0]?.data).toEqual([])
  })
})
