/**
 * The report's charts as inline SVG strings, rendered server-side by ECharts (no DOM, no network), so the HTML
 * stays self-contained and prints sharply.
 */
import * as echarts from 'echarts'
import type { WeeklyReportData } from '../../shared/api-reports'
import type { RiskLevel } from '../../shared/domain'
import type { ReportText } from './text'

export const LEVEL_COLORS: Record<RiskLevel, string> = {
  geen: '#9aa5b1',
  laag: '#e9c046',
  middel: '#ee8a3a',
  hoog: '#d64545',
  kritiek: '#7a1020'
}
const BRAND = '#1f4e79'
const SOFT = '#9fbad3'
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif'

function svg(width: number, height: number, option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: 11, color: '#33404d' },
    ...option
  })
  const out = chart.renderToSVGString()
  chart.dispose()
  return out
}

/** Posts per day (bars, comments stacked on top) with the previous week as a line. */
export function volumeChart(d: WeeklyReportData, t: ReportText, width = 680, height = 230): string {
  return svg(width, height, {
    grid: { left: 40, right: 16, top: 34, bottom: 26 },
    legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
    xAxis: { type: 'category', data: t.days, axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e3e8ee' } } },
    series: [
      {
        name: t.posts,
        type: 'bar',
        stack: 'v',
        data: d.days.map((x) => x.posts),
        itemStyle: { color: BRAND }
      },
      {
        name: t.comments,
        type: 'bar',
        stack: 'v',
        data: d.days.map((x) => x.comments),
        itemStyle: { color: SOFT }
      },
      {
        name: `${t.posts} ${t.previousWeek}`,
        type: 'line',
        data: d.days.map((x) => x.previousPosts),
        lineStyle: { color: '#6b7785', type: 'dashed', width: 1.5 },
        itemStyle: { color: '#6b7785' },
        symbolSize: 4
      }
    ]
  })
}

/** Mean sentiment per day on a fixed -1..1 scale, gaps where nothing was scored. */
export function sentimentChart(
  d: WeeklyReportData,
  t: ReportText,
  width = 680,
  height = 170
): string {
  return svg(width, height, {
    grid: { left: 40, right: 16, top: 14, bottom: 26 },
    xAxis: { type: 'category', data: t.days, axisTick: { show: false } },
    yAxis: {
      type: 'value',
      min: -1,
      max: 1,
      interval: 0.5,
      splitLine: { lineStyle: { color: '#e3e8ee' } }
    },
    series: [
      {
        name: t.sentiment,
        type: 'line',
        data: d.days.map((x) =>
          x.sentiment === null ? null : Math.round(x.sentiment * 100) / 100
        ),
        connectNulls: false,
        lineStyle: { color: BRAND, width: 2 },
        itemStyle: { color: BRAND },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#9aa5b1', type: 'solid', width: 1 },
          data: [{ yAxis: 0 }]
        }
      }
    ]
  })
}

/** Risky posts and comments per category, stacked by level (laag..kritiek). */
export function categoryChart(
  d: WeeklyReportData,
  t: ReportText,
  width = 680,
  height = 250
): string {
  const cats = [...d.categories].reverse()
  const levels: RiskLevel[] = ['laag', 'middel', 'hoog', 'kritiek']
  return svg(width, height, {
    grid: { left: 170, right: 24, top: 30, bottom: 22 },
    legend: { top: 0, left: 170, itemWidth: 12, itemHeight: 10 },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#e3e8ee' } } },
    yAxis: {
      type: 'category',
      data: cats.map((c) => t.categories[c.id]),
      axisTick: { show: false }
    },
    series: levels.map((l) => ({
      name: t.levels[l],
      type: 'bar',
      stack: 'c',
      barWidth: 14,
      data: cats.map((c) => c.byLevel[l]),
      itemStyle: { color: LEVEL_COLORS[l] }
    }))
  })
}
