/**
 * Result rows + labels → ECharts options. Pure functions (no DOM, no echarts
 * runtime): the page draws them, the exports re-render them, Node can use them.
 */
import type { EChartsOption } from 'echarts';
import { FONT_FAMILY, formatAxisNumber, formatNumber, type NumberLang } from './format';
import { gapCategory, gapSlots, type Gap, type GapLabels } from './gaps';

export type { Gap } from './gaps';

/** Keep axis labels inside the grid (ECharts 6's form of the deprecated `containLabel: true`). */
const CONTAIN_LABELS = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;

export const PALETTE = ['#c0392b', '#2e86c1', '#f39c12', '#27ae60', '#8e44ad', '#16a085', '#d35400', '#7f8c8d'];

export type UnitSort = 'desc' | 'asc' | 'name';

/** What a chart shows, plus what a click on category i means and a sentence for screen readers. */
export interface ChartSpec {
	option: EChartsOption;
	/** Category index → the filter value a click sets (null: not clickable, e.g. 其他). */
	keys: (string | null)[];
	/** Category index → its name as shown. */
	names: string[];
	summary: string;
	empty: boolean;
	/** Categories folded into 其他, shown beside the chart rather than as a bar that would dwarf the others. */
	other?: { label: string; count: number; total: number };
	/** The year the bars show and the earlier year drawn as a marker, when the data spans years. */
	years?: { shown: number; marker: number | null };
	/** Expected units that have not reported, drawn as empty slots after the bars (at most `shown` of `count`). */
	gaps?: { count: number; shown: number; year: number; note: string };
}

export interface UnitYearValue {
	unit: string;
	year: number | null;
	value: number;
}

export interface Folded {
	categories: string[];
	keys: (string | null)[];
	years: (number | null)[];
	/** matrix[y][c]: the value of year y in category c (null when that unit reported nothing that year). */
	matrix: (number | null)[][];
	totals: number[];
	/** How many categories were folded into `other` (0: none). */
	otherCount: number;
}

function yearOrder(a: number | null, b: number | null): number {
	if (a === null) return b === null ? 0 : 1;
	if (b === null) return -1;
	return a - b;
}

/**
 * Categories (units, regions …) × years, the largest `topN` kept by their total
 * over all years and the rest folded into one `other` category (always last).
 */
/**
 * Categories already folded by the query (unitTopQuery): how many there are
 * and their values summed per year. They can never be among the top N.
 */
export interface Rest {
	count: number;
	rows: readonly { year: number | null; value: number }[];
}

/**
 * Categories (units, regions …) × years, the largest `topN` kept by their total
 * over all years and the rest folded into one `other` category (always last).
 * `rest`: categories the query folded already (counted, and summed into `other`).
 */
export function foldTopN(
	rows: readonly { key: string; year: number | null; value: number }[],
	opts: { topN: number; sort: UnitSort; otherLabel: string; nameOf?: (key: string) => string; rankYear?: number | null },
	rest: Rest = { count: 0, rows: [] }
): Folded {
	const nameOf = opts.nameOf ?? ((k: string) => k);
	const totals = new Map<string, number>();
	// The value in the year the bars show ranks first (a unit absent that year last), then the total.
	const inYear = new Map<string, number>();
	const years = [...new Set([...rows.map((r) => r.year), ...rest.rows.map((r) => r.year)])].sort(yearOrder);
	for (const r of rows) {
		totals.set(r.key, (totals.get(r.key) ?? 0) + r.value);
		if (opts.rankYear !== undefined && opts.rankYear !== null && r.year === opts.rankYear) inYear.set(r.key, (inYear.get(r.key) ?? 0) + r.value);
	}
	const yearValue = (k: string) => inYear.get(k) ?? -Infinity;
	const byTotal = [...totals.keys()].sort(
		(a, b) => (inYear.size ? yearValue(b) - yearValue(a) || 0 : 0) || totals.get(b)! - totals.get(a)! || nameOf(a).localeCompare(nameOf(b), 'zh-CN')
	);
	const topN = Math.max(1, Math.floor(opts.topN));
	// Folding one category into 其他 would hide a name for nothing.
	const keep = byTotal.length + rest.count > topN + 1 ? byTotal.slice(0, topN) : byTotal;
	const folded = new Set(byTotal.slice(keep.length));
	if (opts.sort === 'asc') keep.reverse();
	else if (opts.sort === 'name') keep.sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'zh-CN'));
	const keys: (string | null)[] = [...keep, ...(folded.size || rest.count ? [null] : [])];
	const index = new Map(keep.map((k, i) => [k, i]));
	const matrix = years.map(() => keys.map((): number | null => null));
	const yearIndex = new Map(years.map((y, i) => [y, i]));
	const add = (c: number, year: number | null, value: number) => {
		const y = yearIndex.get(year)!;
		matrix[y][c] = (matrix[y][c] ?? 0) + value;
	};
	for (const r of rows) add(folded.has(r.key) ? keys.length - 1 : index.get(r.key)!, r.year, r.value);
	for (const r of rest.rows) add(keys.length - 1, r.year, r.value);
	return {
		categories: keys.map((k) => (k === null ? opts.otherLabel : nameOf(k))),
		keys,
		years,
		matrix,
		totals: keys.map((_, c) => matrix.reduce((s, row) => s + (row[c] ?? 0), 0)),
		otherCount: folded.size + rest.count
	};
}

export interface ChartLabels extends GapLabels {
	title: string;
	/** The measure's name (series tooltip, axis name). */
	measure: string;
	unknownYear: string;
	noData: string;
	/** The UI language: axis numbers in 万/亿 (zh) or K/M (en). */
	lang?: NumberLang;
	/** 其他 as a note: "其他 {n} 个单位合计 {total}" (defaults to Chinese). */
	otherNote?: (count: number, total: string) => string;
	/** Series name of the earlier year drawn as a marker: "{year}（对比）". */
	markerName?: (year: string) => string;
}

/**
 * Category names on a horizontal bar chart: wrapped onto two lines in the room the grid leaves
 * them, cut only after that (the tooltip and the chart's data list carry the full name).
 */
const WRAPPED_NAME = { interval: 0, width: 140, overflow: 'break', lineHeight: 14, height: 28, lineOverflow: 'truncate' } as const;

const base = (title: string): EChartsOption => ({
	textStyle: { fontFamily: FONT_FAMILY },
	color: PALETTE,
	aria: { enabled: true, label: { description: title } },
	tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => formatNumber(typeof v === 'number' ? v : Number(v)) },
	animationDuration: 300
});

/** A value axis whose numbers read at any size (12万, 1.5亿 / 120K, 1.5M) and never run into each other. */
const valueAxis = (labels: ChartLabels) => ({
	type: 'value' as const,
	name: labels.measure,
	axisLabel: { formatter: (v: number) => formatAxisNumber(v, labels.lang ?? 'zh'), hideOverlap: true }
});

const yearName = (y: number | null, labels: ChartLabels) => (y === null ? labels.unknownYear : String(y));

/** The text description's punctuation in the UI's language (Chinese when not given). */
const punctuation = (labels: ChartLabels) => (labels.lang === 'en' ? { colon: ': ', sep: '; ' } : { colon: '：', sep: '；' });

function summaryOf(labels: ChartLabels, names: string[], values: number[], title = labels.title): string {
	const { colon, sep } = punctuation(labels);
	const items = names.map((n, i) => `${n} ${formatNumber(values[i])}`).join(sep);
	return `${title}${colon}${items || '—'}`;
}

function emptySpec(labels: ChartLabels): ChartSpec {
	return {
		option: {
			...base(labels.title),
			title: { text: labels.noData, left: 'center', top: 'middle', textStyle: { fontFamily: FONT_FAMILY, fontSize: 14, fontWeight: 'normal', color: '#888' } },
			xAxis: { show: false },
			yAxis: { show: false },
			series: []
		},
		keys: [],
		names: [],
		summary: `${labels.title}${punctuation(labels).colon}${labels.noData}`,
		empty: true
	};
}

/**
 * The year the bars show (the one asked for, else the latest) and the year
 * before it that has data, drawn as a marker on each bar: four thin bars per
 * unit, mostly empty, read worse than one bar and a tick.
 */
function focusYears(years: readonly (number | null)[], focus?: number | null): { shown: number; marker: number | null } | null {
	const known = years.filter((y): y is number => y !== null);
	if (known.length < 2) return null;
	const shown = focus !== undefined && focus !== null && known.includes(focus) ? focus : Math.max(...known);
	const earlier = known.filter((y) => y < shown);
	return { shown, marker: earlier.length ? Math.max(...earlier) : null };
}

/**
 * Categories as bars (units, regions). 其他 is not a bar (it would dwarf the
 * rest and set the axis): it is returned as `other`, a note beside the chart.
 * Over several years: the focus year as bars, the year before as a marker.
 */
function groupedBars(folded: Folded, labels: ChartLabels, opts: { focusYear?: number | null; horizontalThreshold?: number; gaps?: readonly Gap[]; maxGaps?: number } = {}): ChartSpec {
	const otherAt = folded.keys.indexOf(null);
	const shownIdx = folded.keys.map((_, i) => i).filter((i) => i !== otherAt);
	const focus = focusYears(folded.years, opts.focusYear);
	const known = folded.years.filter((y): y is number => y !== null);
	// Gaps belong to the one year the bars show: the focus year, the only year, else the latest gap year when nothing reported.
	const gapYear = focus ? focus.shown : folded.years.length === 1 ? known[0] ?? null : folded.years.length === 0 ? Math.max(...(opts.gaps ?? []).map((g) => g.year)) : null;
	const gaps = gapSlots(opts.gaps, Number.isFinite(gapYear) ? gapYear : null, shownIdx.map((i) => folded.keys[i] ?? ''), opts.maxGaps ?? 10, labels);
	if (shownIdx.length === 0 && otherAt < 0 && !gaps) return emptySpec(labels);
	const gapNames = gaps?.names ?? [];
	const categories = [...shownIdx.map((i) => folded.categories[i]), ...gapNames.map((n) => gapCategory(n, labels).value)];
	const keys: (string | null)[] = [...shownIdx.map((i) => folded.keys[i]), ...gapNames.map(() => null)];
	const many = categories.length > (opts.horizontalThreshold ?? 8);
	const categoryAxis = {
		type: 'category' as const,
		data: [...shownIdx.map((i) => folded.categories[i]), ...gapNames.map((n) => gapCategory(n, labels))],
		axisLabel: many ? { ...WRAPPED_NAME, fontFamily: FONT_FAMILY } : { interval: 0, fontFamily: FONT_FAMILY, rotate: categories.some((c) => c.length > 6) ? 30 : 0, overflow: 'truncate' as const },
		// Horizontal bars read top to bottom in the sorted order.
		inverse: many
	};
	// A gap slot has no value: no bar, not a 0.
	const row = (y: number | null) => {
		const i = folded.years.indexOf(y);
		return [...shownIdx.map((c) => (i < 0 ? null : folded.matrix[i][c])), ...gapNames.map(() => null)];
	};
	const seriesYears = folded.years.length ? folded.years : gaps ? [gaps.year] : [];
	const markerName = labels.markerName ?? ((y: string) => `${y}（对比）`);
	const series = focus
		? [
				{ type: 'bar' as const, name: String(focus.shown), data: row(focus.shown), barMaxWidth: 28 },
				...(focus.marker === null
					? []
					: // A line series with no line: a tick per category, with the chart types the screen already loads.
						[{ type: 'line' as const, name: markerName(String(focus.marker)), data: row(focus.marker), symbol: 'rect', symbolSize: many ? [4, 18] : [18, 4], showAllSymbol: true, lineStyle: { width: 0, opacity: 0 }, itemStyle: { color: '#333' }, z: 3 }])
			]
		: seriesYears.map((y) => ({ type: 'bar' as const, name: yearName(y, labels), data: row(y), barMaxWidth: 36 }));
	const legend = series.length > 1;
	const values = focus ? row(focus.shown).slice(0, shownIdx.length).map((v) => v ?? 0) : shownIdx.map((c) => folded.totals[c]);
	const otherTotal = otherAt < 0 ? 0 : focus ? (folded.matrix[folded.years.indexOf(focus.shown)]?.[otherAt] ?? 0) : folded.totals[otherAt];
	const other = otherAt < 0 ? undefined : { label: folded.categories[otherAt], count: folded.otherCount, total: otherTotal };
	const otherNote = other ? (labels.otherNote ?? ((n, total) => `其他 ${n} 个合计 ${total}`))(other.count, formatNumber(other.total)) : '';
	const note = [otherNote, gaps?.note ?? ''].filter((n) => n !== '').join(punctuation(labels).sep);
	const title = focus ? `${labels.title}（${focus.shown}${focus.marker === null ? '' : ` / ${focus.marker}`}）` : labels.title;
	return {
		option: {
			...base(labels.title),
			legend: { show: legend, top: 0, ...(note ? { left: 0 } : {}), textStyle: { fontFamily: FONT_FAMILY } },
			// Room above the plot for the legend, the 其他 note and the value axis' name.
			grid: { left: many ? 150 : 60, right: many ? 70 : 30, top: legend || note ? 56 : 30, bottom: many ? 30 : 60, ...(many ? {} : CONTAIN_LABELS) },
			...(note ? { graphic: [{ type: 'text' as const, right: 12, top: 4, style: { text: note, fill: '#444', font: `13px ${FONT_FAMILY}` } }] } : {}),
			xAxis: many ? valueAxis(labels) : categoryAxis,
			yAxis: many ? categoryAxis : valueAxis(labels),
			series
		},
		keys,
		names: categories,
		summary: summaryOf(labels, categories.slice(0, shownIdx.length), values, title) + (note ? `${punctuation(labels).sep}${note}` : ''),
		empty: false,
		...(other ? { other } : {}),
		...(gaps ? { gaps: { count: gaps.count, shown: gapNames.length, year: gaps.year, note: gaps.note } } : {}),
		...(focus ? { years: focus } : {})
	};
}

/**
 * (a) A measure across units, grouped by year; top N, the rest folded into 其他; sortable.
 * `gaps`: units expected that have not reported (the roster's), drawn after the bars as empty slots (at most top N).
 */
export function unitChartOption(rows: readonly UnitYearValue[], labels: ChartLabels & { other: string }, opts: { topN: number; sort: UnitSort; focusYear?: number | null; gaps?: readonly Gap[] }, rest?: Rest): ChartSpec {
	const focus = focusYears([...rows.map((r) => r.year), ...(rest?.rows ?? []).map((r) => r.year)], opts.focusYear);
	const folded = foldTopN(
		rows.map((r) => ({ key: r.unit, year: r.year, value: r.value })),
		{ ...opts, otherLabel: labels.other, rankYear: focus?.shown ?? null },
		rest
	);
	return groupedBars(folded, labels, { focusYear: opts.focusYear, gaps: opts.gaps, maxGaps: opts.topN });
}

/** (b) The measure across years. */
export function yearChartOption(rows: readonly { year: number | null; value: number }[], labels: ChartLabels): ChartSpec {
	if (rows.length === 0) return emptySpec(labels);
	const sorted = [...rows].sort((a, b) => yearOrder(a.year, b.year));
	const names = sorted.map((r) => yearName(r.year, labels));
	const values = sorted.map((r) => r.value);
	return {
		option: {
			...base(labels.title),
			grid: { left: 60, right: 30, top: 30, bottom: 40, ...CONTAIN_LABELS },
			xAxis: { type: 'category', data: names },
			yAxis: valueAxis(labels),
			series: [
				{
					type: 'bar',
					name: labels.measure,
					data: values,
					barMaxWidth: 48,
					label: { show: true, position: 'top', formatter: (p: { value: unknown }) => formatNumber(Number(p.value)) }
				},
				{ type: 'line', name: labels.measure, data: values, symbolSize: 6, tooltip: { show: false } }
			]
		},
		keys: sorted.map((r) => (r.year === null ? null : String(r.year))),
		names,
		summary: summaryOf(labels, names, values),
		empty: false
	};
}

/** (c) The measure broken down by activity, largest first (horizontal bars). */
export function activityChartOption(rows: readonly { activityId: string | null; value: number }[], labels: ChartLabels & { activityName: (id: string | null) => string }): ChartSpec {
	const kept = rows.filter((r) => r.value !== 0 || rows.length === 1);
	if (kept.length === 0) return emptySpec(labels);
	const sorted = [...kept].sort((a, b) => b.value - a.value);
	const names = sorted.map((r) => labels.activityName(r.activityId));
	const values = sorted.map((r) => r.value);
	return {
		option: {
			...base(labels.title),
			grid: { left: 150, right: 60, top: 20, bottom: 30 },
			xAxis: valueAxis(labels),
			yAxis: { type: 'category', data: names, inverse: true, axisLabel: WRAPPED_NAME },
			series: [
				{
					type: 'bar',
					name: labels.measure,
					data: values,
					barMaxWidth: 28,
					colorBy: 'data',
					label: { show: true, position: 'right', formatter: (p: { value: unknown }) => formatNumber(Number(p.value)) }
				}
			]
		},
		keys: sorted.map((r) => r.activityId),
		names,
		summary: summaryOf(labels, names, values),
		empty: false
	};
}

/**
 * (d) The measure across regions, grouped by year. The rows are one level of the
 * region tree (query/regions.ts regionBars); `regionName` names a bar (e.g. 宁县（本级）);
 * `gaps`: regions none of whose expected units reported, as empty slots.
 */
export function regionChartOption(
	rows: readonly { region: string; year: number | null; value: number }[],
	labels: ChartLabels & { other: string; unknownRegion: string; regionName?: (region: string) => string },
	opts: { topN: number; focusYear?: number | null; gaps?: readonly Gap[] }
): ChartSpec {
	const focus = focusYears(rows.map((r) => r.year), opts.focusYear);
	const folded = foldTopN(
		rows.map((r) => ({ key: r.region, year: r.year, value: r.value })),
		{ topN: opts.topN, sort: 'desc', otherLabel: labels.other, nameOf: (k) => (k === '' ? labels.unknownRegion : (labels.regionName?.(k) ?? k)), rankYear: focus?.shown ?? null }
	);
	return groupedBars(folded, labels, { focusYear: opts.focusYear, gaps: opts.gaps, maxGaps: opts.topN });
}
