/**
 * The one place echarts is set up: only the parts the dashboard uses (tree-shaken), the SVG renderer (crisp at any
 * zoom, no canvas fingerprinting concerns), no eval and nothing remote, so it runs under the strict CSP.
 */
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { BarChart, LineChart } from 'echarts/charts'
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  MarkAreaComponent,
  AriaComponent
} from 'echarts/components'

use([
  SVGRenderer,
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  MarkAreaComponent,
  AriaComponent
])

/** Same scale as the CSS variables --lvl-* in base.css (the badge colours), so charts and cards agree. */
export const LEVEL_COLORS = {
  geen: '#5c6b78',
  laag: '#1f6f43',
  middel: '#8a5a00',
  hoog: '#b3261e',
  kritiek: '#7a0c2e'
} as const

export const CHART_COLORS = {
  positive: '#2e8b57',
  neutral: '#9fb3c8',
  negative: '#c0392b',
  risk: '#12385b',
  axis: '#556270',
  grid: '#e6ebf0'
} as const

export const baseText = { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif', color: '#1b2430' }
