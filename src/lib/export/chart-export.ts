/**
 * Chart exports drawn from the same option as the screen: PNG re-rendered on a
 * hidden fixed-size canvas (at least 3 image pixels per CSS pixel, white
 * background) and SVG from a second chart with the SVG renderer. Title, active
 * filters and the data source line are drawn into the image (chart/frame.ts).
 *
 * Browser only (it needs a DOM and a canvas); the CLI renders with ECharts SSR.
 * Async: the graphic component and the SVG renderer load on the first export.
 */
import type { EChartsOption } from 'echarts';
import { echarts, loadMoreParts } from '../chart/echarts-screen';
import { framedOption, type Frame } from '../chart/frame';

export interface ChartSize {
	width: number;
	height: number;
}

/**
 * The size a single chart is laid out at for the written report: 720 CSS px is
 * a little wider than an A4 page's text column (160 mm ≈ 605 px), so when the
 * image is placed across the column its 12–13 px labels print at about 8 pt and
 * its 20 px title at about 12 pt. 3× pixels make 2160 px: ≈ 340 dpi at 16 cm.
 */
export const A4_CHART_SIZE: ChartSize = { width: 720, height: 440 };

/** Image pixels per CSS pixel: print resolution, never below 3, more on a high-density screen. */
export function exportPixelRatio(): number {
	const dpr = typeof window !== 'undefined' && Number.isFinite(window.devicePixelRatio) ? window.devicePixelRatio : 1;
	return Math.max(3, Math.ceil(dpr));
}

/** Rough width of a line of text at `px` (CJK characters are square, Latin about half). */
function textWidth(text: string, px: number): number {
	let w = 0;
	for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? px : px * 0.55;
	return w;
}

/**
 * The framed option fitted to `size`: a long filter subtitle wraps inside the
 * image instead of running off its edge, and the plot moves down by the extra
 * lines (frame.ts lays out one line); so does a long footnote.
 */
export function fittedOption(option: EChartsOption, frame: Frame, size: ChartSize): EChartsOption {
	const framed = framedOption(option, frame);
	const room = size.width - 48;
	const subLines = Math.max(1, Math.ceil(textWidth(frame.subtitle, 13) / room));
	const footLines = Math.max(1, Math.ceil(textWidth(frame.footnote, 12) / room));
	const extraTop = (subLines - 1) * 18;
	const extraBottom = (footLines - 1) * 16;
	const titles = (Array.isArray(framed.title) ? framed.title : [framed.title]).filter((x) => x !== undefined);
	const [head, ...rest] = titles;
	const grid = (Array.isArray(framed.grid) ? framed.grid[0] : framed.grid) ?? {};
	const legend = Array.isArray(framed.legend) ? framed.legend[0] : framed.legend;
	const graphic = Array.isArray(framed.graphic) ? framed.graphic : framed.graphic ? [framed.graphic] : [];
	const num = (v: unknown) => (typeof v === 'number' ? v : 0);
	return {
		...framed,
		title: [
			{
				...head,
				textStyle: { ...head?.textStyle, width: room, overflow: 'truncate' },
				subtextStyle: { ...head?.subtextStyle, width: room, overflow: 'break', lineHeight: 18 }
			},
			...rest
		],
		legend: legend ? { ...legend, top: num(legend.top) + extraTop } : undefined,
		grid: { ...grid, top: num(grid.top) + extraTop, bottom: num(grid.bottom) + extraBottom },
		graphic: graphic.map((g) =>
			g && (g as { type?: string }).type === 'text'
				? { ...g, style: { ...(g as { style?: object }).style, width: room, overflow: 'break', lineHeight: 16 } }
				: g
		) as EChartsOption['graphic']
	};
}

function hiddenHost(size: ChartSize): HTMLDivElement {
	const div = document.createElement('div');
	div.style.cssText = `position:fixed;left:-10000px;top:0;width:${size.width}px;height:${size.height}px;visibility:hidden;pointer-events:none`;
	div.setAttribute('aria-hidden', 'true');
	document.body.appendChild(div);
	return div;
}

function withChart<T>(renderer: 'canvas' | 'svg', option: EChartsOption, frame: Frame, size: ChartSize, use: (chart: ReturnType<typeof echarts.init>) => T): T {
	const host = hiddenHost(size);
	const chart = echarts.init(host, undefined, { renderer, width: size.width, height: size.height });
	try {
		chart.setOption(fittedOption(option, frame, size));
		return use(chart);
	} finally {
		chart.dispose();
		host.remove();
	}
}

/** PNG as a data URL: `size` CSS pixels × `pixelRatio` (≥ 3), white background. */
export async function chartPngDataUrl(option: EChartsOption, frame: Frame, size: ChartSize = A4_CHART_SIZE, pixelRatio = exportPixelRatio()): Promise<string> {
	await loadMoreParts();
	return withChart('canvas', option, frame, size, (chart) => chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#fff' }));
}

export async function chartSvgString(option: EChartsOption, frame: Frame, size: ChartSize = A4_CHART_SIZE): Promise<string> {
	await loadMoreParts();
	return withChart('svg', option, frame, size, (chart) => chart.renderToSVGString());
}

/** A base64 data URL's bytes (decoded here: a fetch of a data: URL is a request the CSP may refuse). */
export function dataUrlBytes(url: string): Uint8Array {
	const b64 = url.slice(url.indexOf(',') + 1);
	const bin = atob(b64);
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

/** Why copying an image is not offered here, or null when it is. */
export function clipboardImageUnsupported(): 'insecure' | 'unsupported' | null {
	if (typeof window === 'undefined') return 'unsupported';
	if (!window.isSecureContext) return 'insecure';
	if (!navigator.clipboard || typeof navigator.clipboard.write !== 'function' || typeof ClipboardItem === 'undefined') return 'unsupported';
	if (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png')) return 'unsupported';
	return null;
}

/** Puts the chart on the clipboard as a PNG image (call from a click: browsers want a user gesture). */
export async function copyChartPng(option: EChartsOption, frame: Frame, size: ChartSize = A4_CHART_SIZE): Promise<void> {
	// The blob is handed over as a promise so the write starts inside the click (Safari needs that).
	const blob = chartPngDataUrl(option, frame, size).then((url) => new Blob([dataUrlBytes(url) as BlobPart], { type: 'image/png' }));
	await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
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

export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	download(name, url);
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(name: string, text: string, type: string): void {
	downloadBlob(name, new Blob([text], { type }));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadBytes(name: string, bytes: Uint8Array, type = XLSX_TYPE): void {
	downloadBlob(name, new Blob([bytes as BlobPart], { type }));
}
