/**
 * The option an exported image is drawn from: the on-screen option plus the
 * chart's title, the active filters as subtitle and a data-source footnote
 * drawn into the image, animation off. Pure.
 */
import type { EChartsOption } from 'echarts';
import { FONT_FAMILY } from './format';

export interface Frame {
	title: string;
	subtitle: string;
	footnote: string;
}

export const EXPORT_SIZE = { width: 1200, height: 720 };

const HEADER = 72;
const FOOTER = 36;

export function framedOption(option: EChartsOption, frame: Frame): EChartsOption {
	const grid = (Array.isArray(option.grid) ? option.grid[0] : option.grid) ?? {};
	const num = (v: unknown, d: number) => (typeof v === 'number' ? v : d);
	const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;
	const empty = Array.isArray(option.series) ? option.series.length === 0 : !option.series;
	return {
		...option,
		animation: false,
		backgroundColor: '#fff',
		title: [
			{
				text: frame.title,
				subtext: frame.subtitle,
				left: 24,
				top: 14,
				textStyle: { fontFamily: FONT_FAMILY, fontSize: 20, fontWeight: 'bold', color: '#222' },
				subtextStyle: { fontFamily: FONT_FAMILY, fontSize: 13, color: '#555' }
			},
			// Keep the "no data" notice of an empty chart.
			...(empty && option.title && !Array.isArray(option.title) ? [option.title] : [])
		],
		legend: legend ? { ...legend, top: HEADER - 8, right: 24, left: 'auto' } : undefined,
		grid: { ...grid, top: num(grid.top, 20) + HEADER, bottom: num(grid.bottom, 40) + FOOTER },
		// The chart's own notes (其他 …) move below the header; the footnote goes last.
		graphic: [
			...(Array.isArray(option.graphic) ? option.graphic : option.graphic ? [option.graphic] : []).map((g) => ({ ...g, top: HEADER + 4 })),
			{
				type: 'text',
				left: 24,
				bottom: 12,
				style: { text: frame.footnote, fill: '#666', font: `12px ${FONT_FAMILY}` }
			}
		]
	};
}
