/**
 * The dashboard's filter-change queries read small derived tables (db/derived.ts:
 * integer-coded units, the measures side by side) and cut the unit chart down
 * to its top N in SQL. Here every one of them is checked against the same
 * question asked of `facts` directly, the way the dashboard used to ask it,
 * on facts read from real files this test writes (two wide .xlsx workbooks and
 * a CSV with ties at the top-N cut and a superseded filing), under many filters.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { loadTables, nodeDuckDB, runnerOf } from '../../src/cli/report-pack';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import { tablesIPC } from '../../src/lib/db/arrow';
import type { BoundQuery, Row } from '../../src/lib/db/types';
import { emptyFilter, MEASURE_IDS, MEASURES, type Filter, type Measure } from '../../src/lib/query/filter';
import { expandRegions } from '../../src/lib/query/regions';
import { buildKpis } from '../../src/lib/query/kpi';
import { byActivityQuery, byRegionQuery, byYearQuery, kpiTotalsQuery, kpiYearsQuery, splitUnitTopRows, TABLE_COLUMNS, tablePageQuery, unitTopQuery, where, type WhereOptions } from '../../src/lib/query/sql';
import { unitChartOption, type UnitSort } from '../../src/lib/chart/options';
import { makeBigWideWorkbook } from '../fixtures/wide';

const labels = { title: '参与人次（按单位）', measure: '参与人次', unknownYear: '年度不详', noData: '暂无数据', other: '其他' };

/** Units with equal totals around any cut, in a long CSV; 乙所's 2022 filing comes twice (the later one wins). */
function tiesCsv(): Uint8Array {
	const rows: (string | number)[][] = [];
	const units = ['甲所', '乙所', '丙所', '丁所', '戊所', '己所', '庚所', '辛所'];
	units.forEach((u, i) => {
		rows.push([2022, '平江县', u, '应急演练', '参与（人次）', i < 5 ? 700 : 300]);
		rows.push([2023, '平江县', u, '6·16咨询日', '参与（人次）', 100]);
		rows.push([2023, '平江县', u, '6·16咨询日', '开展安全宣传咨询活动（场）', i]);
	});
	const text = '\uFEFF' + Papa.unparse([['年度', '地区', '单位', '活动', '指标', '数值'], ...rows]);
	return new TextEncoder().encode(text);
}

function laterCsv(): Uint8Array {
	const text = '\uFEFF' + Papa.unparse([
		['年度', '地区', '单位', '活动', '指标', '数值'],
		[2022, '平江县', '乙所', '应急演练', '参与（人次）', 650]
	]);
	return new TextEncoder().encode(text);
}

describe('filter-change queries on the derived tables answer as `facts` does', () => {
	let conn: DuckDBConnection;
	let allRegions: string[] = [];
	let someUnit = '';
	let someActivity = '';
	const run = (q: BoundQuery): Row[] => runnerOf(conn).run(q);

	beforeAll(async () => {
		conn = await nodeDuckDB();
		const results = [
			processFile({ name: '2022年汇总.xlsx', bytes: makeBigWideWorkbook(240, 30, 2022) }),
			processFile({ name: '2023年汇总.xlsx', bytes: makeBigWideWorkbook(240, 30, 2023) }),
			processFile({ name: 'ties.csv', bytes: tiesCsv() }),
			processFile({ name: 'later.csv', bytes: laterCsv() })
		];
		for (const r of results) expect(r.error).toBeNull();
		const facts = resolveFilings(results);
		expect(facts.some((f) => f.status === 'superseded')).toBe(true);
		loadTables(conn, tablesIPC(results, facts));
		allRegions = run({ sql: 'SELECT DISTINCT region FROM facts', params: [] }).map((r) => String(r.region));
		someUnit = String(run({ sql: "SELECT unit FROM facts WHERE status = 'ok' AND family = 'P' ORDER BY unit LIMIT 1 OFFSET 7", params: [] })[0].unit);
		someActivity = String(run({ sql: "SELECT activity_id FROM facts WHERE status = 'ok' AND activity_id IS NOT NULL GROUP BY activity_id ORDER BY COUNT(*) DESC LIMIT 1", params: [] })[0].activity_id);
	}, 120_000);

	/** Filters a user can set, each with the options the page passes (parents expanded to children). */
	const cases = (): [string, Filter, WhereOptions][] => {
		const f = (over: Partial<Filter>): Filter => ({ ...emptyFilter(), ...over });
		const withRegions = (filter: Filter): WhereOptions => ({ regions: expandRegions(filter.regions, allRegions) });
		const list: [string, Filter][] = [
			['no filter', f({})],
			['a year', f({ years: [2022] })],
			['both years', f({ years: [2022, 2023] })],
			['regions', f({ regions: ['第1县', '平江县'] })],
			['activities', f({ activities: [someActivity] })],
			['unit search', f({ unitSearch: '第2' })],
			['clicked unit', f({ unit: someUnit })],
			['clicked region and activity', f({ region: '第3县', activity: someActivity, years: [2023] })],
			['nothing matches', f({ unitSearch: 'no such unit' })],
			['ties only', f({ regions: ['平江县'] })]
		];
		return list.map(([name, filter]) => [name, filter, withRegions(filter)]);
	};

	test('KPI totals and the year comparison, raw and like for like', () => {
		for (const [name, filter, opts] of cases()) {
			const sums = MEASURE_IDS.map((m) => `SUM(value) FILTER (WHERE family = '${MEASURES[m]}') AS ${m}`).join(', ');
			const w = where(filter, opts);
			const noYear = where(filter, { ...opts, ignoreYears: true });
			const totals = run({ sql: `SELECT ${sums}, COUNT(DISTINCT unit) AS units FROM facts ${w.sql}`, params: w.params })[0];
			const perYear = run({ sql: `SELECT year, ${sums}, COUNT(DISTINCT unit) AS units FROM facts ${noYear.sql} AND year IS NOT NULL GROUP BY year ORDER BY year`, params: noYear.params });
			// Like for like, from the facts: the units with an ok fact under the filter in a year and in the year before.
			const same = run({
				sql: `WITH uy AS (SELECT unit, year, ${sums} FROM facts ${noYear.sql} AND year IS NOT NULL AND unit IS NOT NULL GROUP BY unit, year)
SELECT cur.year, COUNT(*) AS same_units, ${MEASURE_IDS.map((m) => `SUM(cur.${m}) AS same_${m}, SUM(prev.${m}) AS prev_${m}`).join(', ')}
FROM uy cur JOIN uy prev ON prev.unit = cur.unit AND prev.year = cur.year - 1 GROUP BY cur.year`,
				params: noYear.params
			});
			const expected = perYear.map((r) => ({ ...r, ...same.find((s) => s.year === r.year) }));
			const got = buildKpis(run(kpiTotalsQuery(filter, opts))[0], run(kpiYearsQuery(filter, opts)), filter.years);
			expect(got, name).toEqual(buildKpis(totals, expected, filter.years));
			expect(got.find((k) => k.id === 'units')!.value, name).toBe(totals.units);
		}
		// The generated set has units in both years: the like-for-like figures are really compared.
		const all = buildKpis(run(kpiTotalsQuery(emptyFilter()))[0], run(kpiYearsQuery(emptyFilter())), []);
		expect(all.find((k) => k.id === 'participation')!.compare?.same?.units).toBeGreaterThan(0);
	});

	test('the unit chart from the top-N rows is the chart from every unit, for every top N and sort', () => {
		for (const [name, filter, opts] of cases()) {
			for (const measure of ['participation', 'sessions'] as Measure[]) {
				const w = where(filter, opts);
				const all = run({
					sql: `SELECT unit, year, SUM(value) AS value FROM facts ${w.sql} AND family = ? AND value IS NOT NULL GROUP BY unit, year`,
					params: [...w.params, MEASURES[measure]]
				}).map((r) => ({ unit: String(r.unit), year: r.year === null ? null : Number(r.year), value: Number(r.value) }));
				// Ranked by the year the bars show: the latest (null), one asked for, one with no data (the latest then).
				for (const focusYear of [null, 2022, 1999])
					for (const topN of [1, 3, 5, 10, 50]) {
						const top = splitUnitTopRows(run(unitTopQuery(filter, measure, topN, opts, focusYear)));
						// Only the units that can be shown come back (plus those tied with the N-th).
						expect(new Set(top.rows.map((r) => r.unit)).size, name).toBeLessThanOrEqual(Math.max(topN + 1, 8));
						for (const sort of ['desc', 'asc', 'name'] as UnitSort[]) {
							const want = unitChartOption(all, labels, { topN, sort, focusYear });
							const got = unitChartOption(top.rows, labels, { topN, sort, focusYear }, top.rest);
							expect(JSON.stringify(got), `${name} ${measure} top ${topN} ${sort} focus ${focusYear}`).toBe(JSON.stringify(want));
						}
					}
			}
		}
	});

	test('ties at the cut are broken by name in the chart, as before', () => {
		const filter = { ...emptyFilter(), regions: ['平江县'], years: [2022] };
		const top = splitUnitTopRows(run(unitTopQuery(filter, 'participation', 3)));
		// Four units share the largest total (乙所's 2022 filing was replaced by a smaller one): all four
		// come back, the chart keeps three of them by name and folds the fourth into 其他 (a note, not a bar).
		expect(new Set(top.rows.map((r) => r.unit)).size).toBe(4);
		const spec = unitChartOption(top.rows, labels, { topN: 3, sort: 'desc' }, top.rest);
		expect(spec.names).toEqual([...['丙所', '丁所', '甲所', '戊所'].sort((a, b) => a.localeCompare(b, 'zh-CN')).slice(0, 3)]);
		expect(spec.other?.count).toBe(5); // 8 units, 3 drawn
	});

	test('year, activity and region charts', () => {
		for (const [name, filter, opts] of cases()) {
			for (const measure of MEASURE_IDS) {
				const w = where(filter, opts);
				const base = `FROM facts ${w.sql} AND family = ? AND value IS NOT NULL`;
				const params = [...w.params, MEASURES[measure]];
				expect(run(byYearQuery(filter, measure, opts)), name).toEqual(run({ sql: `SELECT year, SUM(value) AS value ${base} GROUP BY year ORDER BY year NULLS LAST`, params }));
				expect(run(byActivityQuery(filter, measure, opts)), name).toEqual(run({ sql: `SELECT activity_id, SUM(value) AS value ${base} GROUP BY activity_id ORDER BY value DESC, activity_id`, params }));
				expect(run(byRegionQuery(filter, measure, opts)), name).toEqual(run({ sql: `SELECT region, year, SUM(value) AS value ${base} GROUP BY region, year ORDER BY region, year`, params }));
			}
		}
	});

	test('the data table: pages in `ord` order, the count of every status or of ok facts', () => {
		for (const [name, filter, opts] of cases()) {
			for (const onlyOk of [false, true]) {
				const w = where(filter, { ...opts, allStatuses: !onlyOk });
				const count = Number(run({ sql: `SELECT COUNT(*) AS n FROM facts ${w.sql}`, params: w.params })[0].n);
				for (const offset of [0, 100, 1000]) {
					const want = run({ sql: `SELECT ${TABLE_COLUMNS.join(', ')} FROM facts ${w.sql} ORDER BY ord LIMIT 100 OFFSET ${offset}`, params: w.params });
					const got = run(tablePageQuery(filter, { offset, limit: 100, onlyOk }, opts));
					expect(got.map(({ total, ...r }) => r), `${name} ${onlyOk} ${offset}`).toEqual(want);
					for (const r of got) expect(Number(r.total), name).toBe(count);
				}
			}
		}
	});
});
