/**
 * 未报 units on the by-unit chart: labelled empty slots after the bars (no
 * bar, never 0), only for the year the bars show, counted in the text
 * description and in the note the exports draw; none without a roster.
 */
import { describe, expect, it } from 'vitest';
import { regionChartOption, unitChartOption, type Gap } from '../../src/lib/chart/options';
import { silentRegions, unreportedInView } from '../../src/lib/query/gaps';
import { emptyFilter } from '../../src/lib/query/filter';

const labels = { title: '参与人次（按单位）', measure: '参与人次', unknownYear: '未知年份', noData: '当前筛选下没有数据', other: '其他', unknownRegion: '未知地区' };
const rows = [
	{ unit: '山河镇', year: 2024, value: 120 },
	{ unit: '宫河镇', year: 2024, value: 80 },
	{ unit: '山河镇', year: 2023, value: 100 }
];
const gaps: Gap[] = [
	{ name: '永和镇', year: 2024 },
	{ name: '湫头镇', year: 2024 },
	{ name: '周家镇', year: 2023 },
	{ name: '山河镇', year: 2024 }
];

type Series = { type: string; data: (number | null)[] };
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;
const categoriesOf = (option: unknown) => {
	const o = option as { xAxis: { type: string; data: unknown[] }; yAxis: { type: string; data: unknown[] } };
	const axis = o.xAxis.type === 'category' ? o.xAxis : o.yAxis;
	return axis.data.map((d) => (typeof d === 'string' ? d : (d as { value: string }).value));
};

describe('未报 units on the by-unit chart', () => {
	it('draws each as an empty, labelled slot after the bars: no bar, no 0, not clickable', () => {
		const spec = unitChartOption(rows, labels, { topN: 10, sort: 'desc', gaps });
		expect(spec.years).toEqual({ shown: 2024, marker: 2023 });
		expect(categoriesOf(spec.option)).toEqual(['山河镇', '宫河镇', '永和镇（未报）', '湫头镇（未报）']);
		const [bars, marker] = seriesOf(spec.option);
		expect(bars.data).toEqual([120, 80, null, null]);
		expect(marker.data).toEqual([100, null, null, null]);
		expect(spec.keys).toEqual(['山河镇', '宫河镇', null, null]);
		expect(spec.gaps).toEqual({ count: 2, shown: 2, year: 2024, note: '未报 2 个应报单位：永和镇、湫头镇' });
		expect(spec.summary).toBe('参与人次（按单位）（2024 / 2023）：山河镇 120；宫河镇 80；未报 2 个应报单位：永和镇、湫头镇');
		// The exports draw the note into the image.
		expect(JSON.stringify(spec.option)).toContain('未报 2 个应报单位');
	});

	it('follows the year shown, the sort and top N; the note counts every gap of the year', () => {
		const y2023 = unitChartOption(rows, labels, { topN: 10, sort: 'asc', gaps, focusYear: 2023 });
		expect(categoriesOf(y2023.option).slice(-1)).toEqual(['周家镇（未报）']);
		expect(y2023.gaps?.count).toBe(1);
		const many: Gap[] = Array.from({ length: 12 }, (_, i) => ({ name: `第${i + 1}村`, year: 2024 }));
		const cut = unitChartOption(rows, labels, { topN: 5, sort: 'desc', gaps: many });
		expect(cut.gaps).toMatchObject({ count: 12, shown: 5 });
		expect(categoriesOf(cut.option).filter((c) => c.endsWith('（未报）')).length).toBe(5);
		expect(cut.summary).toContain('未报 12 个应报单位：第1村、第2村、第3村、第4村、第5村…');
	});

	it('with nothing reported under the filter, the chart is the gaps alone (not "no data", not zeros)', () => {
		const spec = unitChartOption([], labels, { topN: 10, sort: 'desc', gaps: gaps.slice(0, 2) });
		expect(spec.empty).toBe(false);
		expect(categoriesOf(spec.option)).toEqual(['永和镇（未报）', '湫头镇（未报）']);
		expect(seriesOf(spec.option).map((s) => s.data)).toEqual([[null, null]]);
		expect(spec.summary).toContain('未报 2 个应报单位');
	});

	it('without gaps (no roster, or hidden) the chart is as before', () => {
		const plain = unitChartOption(rows, labels, { topN: 10, sort: 'desc' });
		expect(JSON.stringify(unitChartOption(rows, labels, { topN: 10, sort: 'desc', gaps: [] }))).toBe(JSON.stringify(plain));
		expect(plain.gaps).toBeUndefined();
		expect(categoriesOf(plain.option)).toEqual(['山河镇', '宫河镇']);
		expect(unitChartOption([], labels, { topN: 10, sort: 'desc' }).empty).toBe(true);
	});
});

describe('which gaps the filter reaches', () => {
	const expected = [
		{ unit: '山河镇', region: '正宁县', year: 2024, reported: true },
		{ unit: '永和镇', region: '正宁县', year: 2024, reported: false },
		{ unit: '新宁镇', region: '宁县', year: 2024, reported: false },
		{ unit: '早胜镇', region: '宁县', year: 2024, reported: false },
		{ unit: '太白镇', region: '合水县', year: 2023, reported: false },
		{ unit: '无地区镇', region: '', year: 2024, reported: false }
	];
	const unreported = expected.filter((u) => !u.reported);

	it('units: inside the expanded regions, the unit search, a clicked unit or region, the years chosen', () => {
		const names = (list: { unit: string }[]) => list.map((u) => u.unit);
		expect(names(unreportedInView(unreported, emptyFilter(), []))).toEqual(['永和镇', '新宁镇', '早胜镇', '太白镇', '无地区镇']);
		expect(names(unreportedInView(unreported, emptyFilter(), ['宁县', '合水县']))).toEqual(['新宁镇', '早胜镇', '太白镇']);
		expect(names(unreportedInView(unreported, { ...emptyFilter(), unitSearch: ' 新宁 ' }, []))).toEqual(['新宁镇']);
		expect(names(unreportedInView(unreported, { ...emptyFilter(), unit: '山河镇' }, []))).toEqual([]);
		expect(names(unreportedInView(unreported, { ...emptyFilter(), region: '正宁县' }, []))).toEqual(['永和镇']);
		expect(names(unreportedInView(unreported, { ...emptyFilter(), years: [2023] }, []))).toEqual(['太白镇']);
	});

	it('regions: only where no expected unit reported, as an empty slot on the region chart', () => {
		expect(silentRegions(expected, emptyFilter(), [])).toEqual([
			{ year: 2024, region: '宁县' },
			{ year: 2023, region: '合水县' }
		]);
		expect(silentRegions(expected, { ...emptyFilter(), years: [2024] }, ['正宁县'])).toEqual([]);
		const spec = regionChartOption(
			[{ region: '正宁县', year: 2024, value: 50 }],
			{ ...labels, gapNote: (n: number, names: string) => `${n} 个地区的应报单位均未报：${names}` },
			{ topN: 10, gaps: silentRegions(expected, emptyFilter(), []).map((r) => ({ name: r.region, year: r.year })) }
		);
		expect(categoriesOf(spec.option)).toEqual(['正宁县', '宁县（未报）']);
		expect(seriesOf(spec.option)[0].data).toEqual([50, null]);
		expect(spec.summary).toContain('1 个地区的应报单位均未报：宁县');
	});
});

describe('the report pack and print follow what is shown', () => {
	it('a by-unit table with 未报 rows draws them as empty slots on its chart; without them the chart is as before', async () => {
		const { withGaps } = await import('../../src/lib/report/gaps');
		const { summaryChart } = await import('../../src/lib/report/charts');
		const table = {
			measure: 'participation' as const,
			dim: 'unit' as const,
			years: [2024],
			compare: null,
			rows: [{ key: '山河镇', label: '山河镇', values: [20], total: 20, change: { abs: null, pct: null } }],
			totals: { values: [20], total: 20, change: { abs: null, pct: null } }
		};
		const [shown] = withGaps([table], [{ unit: '永和镇', region: '正宁县', year: 2024 }]);
		expect(shown.rows.map((r) => [r.label, r.values, r.gap ?? false])).toEqual([
			['山河镇', [20], false],
			['永和镇（未报）', [null], true]
		]);
		const chart = summaryChart(shown);
		expect(categoriesOf(chart.option)).toEqual(['山河镇', '永和镇（未报）']);
		expect(seriesOf(chart.option)[0].data).toEqual([20, null]);
		expect(chart.summary).toContain('未报 1 个应报单位：永和镇');
		expect(withGaps([table])).toEqual([table]);
		expect(categoriesOf(summaryChart(table).option)).toEqual(['山河镇']);
	});
});
