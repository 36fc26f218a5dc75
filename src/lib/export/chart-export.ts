/**
 * Chart exports drawn from the same option as the screen: PNG re-rendered on a
 * hidden fixed-width canvas (pixelRatio 3, white background) and SVG from a
 * second chart with the SVG renderer. Title, active filters and the data
 * source line are drawn into the image (frame.ts).
 */
import type { EChartsOption } from 'echarts';
import { echarts } from '../chart/echarts';
import { EXPORT_SIZE, framedOption, type Frame } from '../chart/frame';

function hiddenHost(): HTMLDivElement {
	const div = document.createElement('div');
	div.style.cssText = `position:fixed;left:-10000px;top:0;width:${EXPORT_SIZE.width}px;height:${EXPORT_SIZE.height}px;visibility:hidden;pointer-events:none`;
	div.setAttribute('aria-hidden', 'true');
	document.body.appendChild(div);
	return div;
}

function withChart<T>(renderer: 'canvas' | 'svg', option: EChartsOption, frame: Frame, use: (chart: ReturnType<typeof echarts.init>) => T): T {
	const host = hiddenHost();
	const chart = echarts.init(host, undefined, { renderer, width: EXPORT_SIZE.width, height: EXPORT_SIZE.height });
	try {
		chart.setOption(framedOption(option, frame));
		return use(chart);
	} finally {
		chart.dispose();
		host.remove();
	}
}

export function chartPngDataUrl(option: EChartsOption, frame: Frame): string {
	return withChart('canvas', option, frame, (chart) => chart.getDataURL({ type: 'png', pixelRatio: 3, backgroundColor: '#fff' }));
}

export function chartSvgString(option: EChartsOption, frame: Frame): string {
	return withChart('svg', option, frame, (chart) => chart.renderToSVGString());
}

/** Save through an `<a download>` (works offline, no server round trip). */
export function download(name: string, href: string): void {
	const a = document.createElement('a');
	a.href = href;
	a.download = name;
	a.style.display = 'none';
	document.body.appendChild(a);
	a.click();
	a.remove();
}

export function downloadText(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	download(name, url);
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
