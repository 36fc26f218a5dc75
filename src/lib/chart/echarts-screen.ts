/**
 * Tree-shaken ECharts for the screen: the charts and components the dashboard
 * draws at start. Tooltips (with their axis pointer), the graphic component
 * (an export's footnote) and the SVG renderer (SVG export) are registered by
 * echarts-more.ts, loaded on demand with `loadMoreParts()`: on the first pointer
 * over a chart or the first export, so they stay out of the JavaScript the page
 * needs to start. Node (the CLI's report, tests) uses echarts.ts: every part at once.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendPlainComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendPlainComponent, TitleComponent, CanvasRenderer]);

let more: Promise<void> | null = null;

/** Registers the on-demand parts (once; a failed load is tried again on the next call). */
export function loadMoreParts(): Promise<void> {
	more ??= import('./echarts-more').then(
		() => undefined,
		(e) => {
			more = null;
			throw e;
		}
	);
	return more;
}

export { echarts };
export type EChartsInstance = ReturnType<typeof echarts.init>;
