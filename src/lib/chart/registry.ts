/**
 * The charts on screen by id, and a read-only hook for end-to-end tests:
 * `window.__kanban.barCenter(chartId, index)` gives the page coordinates of
 * bar `index` of the first series, so a test can click a real bar.
 */
import type { EChartsInstance } from './echarts';

const charts = new Map<string, EChartsInstance>();

interface Layout {
	x: number;
	y: number;
	width: number;
	height: number;
}

function barCenter(id: string, index: number, seriesIndex = 0): { x: number; y: number } | null {
	const chart = charts.get(id);
	if (!chart) return null;
	// getModel is not in the public typings but is stable across ECharts 5–6.
	const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): Layout | null } } | undefined } }).getModel();
	// The first series with a drawn bar at that index (a year may have no value for it).
	let layout: Layout | null = null;
	for (let s = seriesIndex; !layout; s++) {
		const series = model.getSeriesByIndex(s);
		if (!series) return null;
		const l = series.getData().getItemLayout(index);
		if (l && [l.x, l.y, l.width, l.height].every(Number.isFinite) && (l.width !== 0 || l.height !== 0)) layout = l;
	}
	const rect = chart.getDom().getBoundingClientRect();
	return { x: rect.left + layout.x + layout.width / 2, y: rect.top + layout.y + layout.height / 2 };
}

export function registerChart(id: string, chart: EChartsInstance): () => void {
	charts.set(id, chart);
	if (typeof window !== 'undefined') (window as unknown as { __kanban: unknown }).__kanban = { barCenter, charts: () => [...charts.keys()] };
	return () => {
		if (charts.get(id) === chart) charts.delete(id);
	};
}
