/**
 * The chart beside each summary table, built from the table itself with the
 * dashboard's own pure option builders (so the image shows exactly the
 * table's numbers), and the export frame around it. The browser draws the
 * option on a canvas (export/chart-export.ts); the CLI renders it with
 * ECharts SSR → SVG → resvg → PNG. Pure.
 */
import type { ChartSpec } from '../chart/options';
import { activityChartOption, regionChartOption, unitChartOption } from '../chart/options';
import type { Frame } from '../chart/frame';
import { DIM_ZH, MEASURE_ZH, summaryTitle, type SummaryTable } from './summary';

/** How many units / regions a report chart names before folding the rest into 其他. */
export const REPORT_TOP_N = 15;

/** Size the report's images are drawn at (CSS pixels), a landscape half of an A4 page width. */
export const REPORT_CHART_SIZE = { width: 1200, height: 720 };

export function summaryChart(t: SummaryTable, topN = REPORT_TOP_N): ChartSpec {
	const labels = { title: summaryTitle(t), measure: MEASURE_ZH[t.measure], unknownYear: '年度不详', noData: '当前筛选下没有数据', other: '其他' };
	const cells = t.rows.flatMap((r) => t.years.flatMap((year, i) => (r.values[i] === null ? [] : [{ key: r.key, year, value: r.values[i]! }])));
	switch (t.dim) {
		case 'unit': {
			// 未报 rows (withUnreportedUnits) are empty slots after the bars, in the year the bars show.
			const years = t.years.filter((y): y is number => y !== null);
			const gaps = t.rows.filter((r) => r.gap).flatMap((r) => years.map((year) => ({ name: r.key ?? '', year })));
			return unitChartOption(cells.map((c) => ({ unit: c.key ?? '', year: c.year, value: c.value })), labels, { topN, sort: 'desc', gaps });
		}
		case 'region': {
			// The rows are already the region tree's bars (summaryTable with a regionLevel): the chart names them as the table does (宁县（本级）).
			const names = new Map(t.rows.map((r) => [r.key ?? '', r.label]));
			return regionChartOption(cells.map((c) => ({ region: c.key ?? '', year: c.year, value: c.value })), { ...labels, unknownRegion: '未知地区', regionName: (r) => names.get(r) ?? r }, { topN });
		}
		case 'activity': {
			const names = new Map(t.rows.map((r) => [r.key, r.label]));
			return activityChartOption(
				t.rows.filter((r) => r.total !== null).map((r) => ({ activityId: r.key, value: r.total! })),
				{ ...labels, activityName: (id) => names.get(id) ?? id ?? '未归类活动' }
			);
		}
	}
}

export interface ReportContext {
	/** The active filters in words (describeFilter). */
	filterText: string;
	/** How many files the numbers come from. */
	fileCount: number;
	generatedAt: Date;
}

export function isoDate(d: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Title, the filters as subtitle, source and date as footnote. */
export function summaryFrame(t: SummaryTable, ctx: ReportContext): Frame {
	const cmp = t.compare ? `；${t.compare.year}年比${t.compare.prev}年` : '';
	return {
		title: summaryTitle(t),
		subtitle: `${ctx.filterText}${cmp}`,
		footnote: `数据来源：${ctx.fileCount} 个文件（仅计入有效数据，按${DIM_ZH[t.dim]}汇总）· 生成日期：${isoDate(ctx.generatedAt)} · 安全月看板`
	};
}
