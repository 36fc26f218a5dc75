/** The pure chart option builders: top-N folding, sorting, titles, the CJK font, export frames. */
import { describe, expect, test } from 'vitest';
import { echarts } from '../../src/lib/chart/echarts';
import { activityChartOption, foldTopN, regionChartOption, unitChartOption, yearChartOption, type UnitYearValue } from '../../src/lib/chart/options';
import { FONT_FAMILY, formatAxisNumber, formatChange, formatNumber } from '../../src/lib/chart/format';
import { EXPORT_SIZE, framedOption } from '../../src/lib/chart/frame';
import { exportFileName } from '../../src/lib/export/names';
import { Resvg } from '@resvg/resvg-js';

const labels = { title: '参与人次（按单位）', measure: '参与人次', unknownYear: '未知年份', noData: '当前筛选下没有数据', other: '其他', unknownRegion: '未知地区' };

// 12 units over two years; unit i has 100·(i+1) in 2022 and 10 in 2021.
const rows: UnitYearValue[] = Array.from({ length: 12 }, (_, i) => [
	{ unit: `单位${String.fromCharCode(65 + i)}`, year: 2022, value: 100 * (i + 1) },
	{ unit: `单位${String.fromCharCode(65 + i)}`, year: 2021, value: 10 }
]).flat();

type Series = { name: string; data: (number | null)[] };
const seriesOf = (spec: ReturnType<typeof unitChartOption>) => spec.option.series as Series[];

describe('top N with the rest folded into 其他', () => {
	test('keeps the N largest by total, folds the rest into one last category', () => {
		const f = foldTopN(
			rows.map((r) => ({ key: r.unit, year: r.year, value: r.value })),
			{ topN: 5, sort: 'desc', otherLabel: '其他' }
		);
		expect(f.categories).toEqual(['单位L', '单位K', '单位J', '单位I', '单位H', '其他']);
		expect(f.keys.at(-1)).toBeNull();
		expect(f.years).toEqual([2021, 2022]);
		// 其他 = units A..G: 2022 → 100+…+700, 2021 → 7 × 10.
		expect(f.matrix[1][5]).toBe(2800);
		expect(f.matrix[0][5]).toBe(70);
		// Nothing is lost by folding.
		expect(f.totals.reduce((a, b) => a + b, 0)).toBe(rows.reduce((a, r) => a + r.value, 0));
	});

	test('folding a single category would hide a name for nothing: it is shown instead', () => {
		const f = foldTopN(
			rows.slice(0, 6).map((r) => ({ key: r.unit, year: r.year, value: r.value })),
			{ topN: 2, sort: 'desc', otherLabel: '其他' }
		);
		expect(f.categories).toEqual(['单位C', '单位B', '单位A']);
		expect(f.keys).not.toContain(null);
	});

	test('sorting: largest first, smallest first, by name; 其他 is a note beside the bars, not a bar', () => {
		const asc = unitChartOption(rows, labels, { topN: 3, sort: 'asc' });
		expect(asc.names).toEqual(['单位J', '单位K', '单位L']);
		const byName = unitChartOption(rows, labels, { topN: 3, sort: 'name' });
		expect(byName.names).toEqual(['单位J', '单位K', '单位L']);
		const desc = unitChartOption(rows, labels, { topN: 3, sort: 'desc' });
		expect(desc.names).toEqual(['单位L', '单位K', '单位J']);
		expect(desc.keys).toEqual(['单位L', '单位K', '单位J']);
		// Units A..I: 2022 (the year shown) = 100+…+900.
		expect(desc.other).toEqual({ label: '其他', count: 9, total: 4500 });
		expect(desc.summary).toContain('其他 9 个合计 4,500');
		expect(JSON.stringify(desc.option.graphic)).toContain('其他 9 个合计 4,500');
		// The axis scales to the bars shown: no data point is the 其他 total.
		for (const s of seriesOf(desc)) expect(s.data).not.toContain(4500);
	});

	test('over several years: the latest (or chosen) year as bars, the year before as a marker; a missing year stays a gap (null), never 0', () => {
		const four = ['甲', '乙'].flatMap((unit, u) => [2020, 2021, 2022, 2023].map((year) => ({ unit, year, value: (u + 1) * (year - 2019) })));
		four.push({ unit: '丙', year: 2021, value: 5 });
		const spec = unitChartOption(four, labels, { topN: 10, sort: 'desc' });
		const series = seriesOf(spec);
		expect(series.map((s) => s.name)).toEqual(['2023', '2022（对比）']);
		expect((spec.option.series as { type: string }[]).map((s) => s.type)).toEqual(['bar', 'line']);
		expect(spec.years).toEqual({ shown: 2023, marker: 2022 });
		expect(series[0].data).toEqual([8, 4, null]);
		expect(series[1].data).toEqual([6, 3, null]);
		const chosen = unitChartOption(four, labels, { topN: 10, sort: 'desc', focusYear: 2021 });
		expect(seriesOf(chosen).map((s) => s.name)).toEqual(['2021', '2020（对比）']);
		// One year: one bar series.
		const one = unitChartOption([{ unit: '甲', year: 2021, value: 5 }], labels, { topN: 10, sort: 'desc' });
		expect(seriesOf(one).map((s) => s.name)).toEqual(['2021']);
	});

	test('axis numbers in 万/亿 (zh) or K/M (en), and ECharts hides overlapping ones', () => {
		expect(formatAxisNumber(120000, 'zh')).toBe('12万');
		expect(formatAxisNumber(15000, 'zh')).toBe('1.5万');
		expect(formatAxisNumber(250000000, 'zh')).toBe('2.5亿');
		expect(formatAxisNumber(8000, 'zh')).toBe('8,000');
		expect(formatAxisNumber(120000, 'en')).toBe('120K');
		expect(formatAxisNumber(1500000, 'en')).toBe('1.5M');
		expect(formatAxisNumber(-20000, 'zh')).toBe('-2万');
		const big = rows.map((r) => ({ ...r, value: r.value * 1000 }));
		for (const spec of [
			unitChartOption(big, { ...labels, lang: 'en' }, { topN: 5, sort: 'desc' }),
			regionChartOption(big.map((r) => ({ region: r.unit, year: r.year, value: r.value })), { ...labels, lang: 'en' }, { topN: 5 }),
			activityChartOption([{ activityId: 'a', value: 120000 }, { activityId: 'b', value: 100000 }], { ...labels, lang: 'en', activityName: (id) => String(id) }),
			yearChartOption([{ year: 2021, value: 120000 }], { ...labels, lang: 'en' })
		]) {
			const axes = [spec.option.xAxis, spec.option.yAxis] as { type?: string; axisLabel: { formatter: (v: number) => string; hideOverlap?: boolean } }[];
			const value = axes.find((a) => a.type === 'value')!;
			expect(value.axisLabel.hideOverlap).toBe(true);
			expect(value.axisLabel.formatter(120000)).toBe('120K');
		}
	});
});

describe('titles, summaries and the CJK font', () => {
	test('every option uses the CJK font stack and carries an aria description', () => {
		const specs = [
			unitChartOption(rows, labels, { topN: 10, sort: 'desc' }),
			yearChartOption([{ year: 2021, value: 1 }, { year: null, value: 2 }], { ...labels, title: '参与人次（按年度）' }),
			activityChartOption([{ activityId: 'drills', value: 3 }], { ...labels, title: '按活动', activityName: (id) => (id === 'drills' ? '应急演练' : '') }),
			regionChartOption([{ region: '', year: 2022, value: 4 }], { ...labels, title: '按地区' }, { topN: 10 })
		];
		for (const s of specs) {
			expect(s.option.textStyle).toEqual({ fontFamily: FONT_FAMILY });
			expect(JSON.stringify(s.option.aria)).toContain('"enabled":true');
		}
		expect(FONT_FAMILY).toContain('Microsoft YaHei');
		expect(FONT_FAMILY).toContain('WenQuanYi Micro Hei');
		expect(specs[1].names).toEqual(['2021', '未知年份']);
		expect(specs[2].summary).toBe('按活动：应急演练 3');
		expect(specs[3].names).toEqual(['未知地区']);
		expect(specs[3].keys).toEqual(['']);
	});

	test('summary sentence lists the categories with full numbers', () => {
		const spec = unitChartOption([{ unit: '甲镇', year: 2022, value: 12345 }], labels, { topN: 10, sort: 'desc' });
		expect(spec.summary).toBe('参与人次（按单位）：甲镇 12,345');
	});

	test('no rows: an empty chart that says so', () => {
		const spec = unitChartOption([], labels, { topN: 10, sort: 'desc' });
		expect(spec.empty).toBe(true);
		expect(spec.keys).toEqual([]);
		expect(JSON.stringify(spec.option.title)).toContain('当前筛选下没有数据');
	});
});

describe('exports', () => {
	test('the framed option draws title, filters and source line, white and still', () => {
		const spec = unitChartOption(rows, labels, { topN: 5, sort: 'desc' });
		const framed = framedOption(spec.option, { title: '参与人次（按单位）', subtitle: '筛选：年度：2022', footnote: '数据来源：3 个文件' });
		expect(framed.animation).toBe(false);
		expect(framed.backgroundColor).toBe('#fff');
		const title = (framed.title as { text: string; subtext: string }[])[0];
		expect(title).toMatchObject({ text: '参与人次（按单位）', subtext: '筛选：年度：2022' });
		expect(JSON.stringify(framed.graphic)).toContain('数据来源：3 个文件');
		// The on-screen option is not changed.
		expect(spec.option.title).toBeUndefined();
	});

	test('renders to SVG in Node with the Chinese text and font in it', () => {
		const spec = unitChartOption(rows, labels, { topN: 5, sort: 'desc' });
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: EXPORT_SIZE.width, height: EXPORT_SIZE.height });
		chart.setOption(framedOption(spec.option, { title: '参与人次（按单位）', subtitle: '筛选：无', footnote: '数据来源：安全月看板' }));
		const svg = chart.renderToSVGString();
		chart.dispose();
		expect(svg).toContain('参与人次（按单位）');
		expect(svg).toContain('其他 7 个合计');
		expect(svg).toContain('数据来源：安全月看板');
		expect(svg).toContain('Microsoft YaHei');
		expect(svg).toMatch(/<rect[^>]*fill="#fff"/);
		// Well-formed XML: resvg refuses anything else (the font stack once broke the style attribute).
		expect(new Resvg(svg, { font: { loadSystemFonts: false } }).render().width).toBe(EXPORT_SIZE.width);
	});

	test('file names: app, measure and view', () => {
		expect(exportFileName(['安全月看板', '参与人次', '按单位'], 'png')).toBe('安全月看板-参与人次-按单位.png');
		expect(exportFileName(['安全月看板', 'Participation', 'by unit'], 'svg')).toBe('安全月看板-Participation-byunit.svg');
	});

	test('numbers in full, never 万', () => {
		expect(formatNumber(1234567)).toBe('1,234,567');
		expect(formatNumber(12.5)).toBe('12.5');
		expect(formatNumber(null)).toBe('—');
		expect(formatChange(110, 100)).toBe('+10.0%');
		expect(formatChange(5, 0)).toBeNull();
	});
});
