import { type Pathway, pathwayChartOption } from '@pactboard/shared'
import { Resvg } from '@resvg/resvg-js'
import * as echarts from 'echarts'
import type { ExportText } from './exportText.ts'
import { robotoFiles } from './fonts.ts'

/**
 * The pathway chart of the exports, drawn from the same ECharts option as the plan screen
 * (shared/src/pathway/pathwayChartOption.ts): server-side SVG, then a PNG for DOCX.
 */

export const CHART_WIDTH_PX = 900
export const CHART_HEIGHT_PX = 480
// PNG at twice the layout size, so the chart stays sharp when printed
const PNG_SCALE = 2

export function renderPathwaySvg(pathway: Pathway, text: ExportText): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH_PX,
    height: CHART_HEIGHT_PX,
  })
  try {
    const option = pathwayChartOption(pathway, text.chartLabels(), {
      animation: false,
      locale: text.locale,
      // the export's digits, in a space its font has (exportText.ts)
      formatNumber: (value) => text.number(value),
    })
    chart.setOption({
      ...option,
      // the axis in the workshop's digits ("10 000" in Swedish), as the tables around it
      yAxis: {
        ...(option.yAxis as object),
        axisLabel: { formatter: (v: number) => text.number(v) },
      },
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: 'Roboto' },
    })
    return chart.renderToSVGString()
  } finally {
    // an undisposed chart keeps its timers and the process alive
    chart.dispose()
  }
}

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH_PX * PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: robotoFiles(), defaultFontFamily: 'Roboto' },
  })
  return resvg.render().asPng()
}

export function renderPathwayPng(pathway: Pathway, text: ExportText): Buffer {
  return svgToPng(renderPathwaySvg(pathway, text))
}
