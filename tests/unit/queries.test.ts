/**
 * The dashboard's SQL: every builder binds values as parameters (nothing a
 * user typed or a file said is pasted into the SQL text), and the queries give
 * the right numbers on a real DuckDB (the wasm engine, blocking API in Node)
 * loaded through the same Arrow IPC path as the browser, from facts the core
 * reads out of CSV files this test writes.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { loadTables, nodeDuckDB } from '../../src/cli/report-pack';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import { tablesIPC } from '../../src/lib/db/arrow';
import type { BoundQuery } from '../../src/lib/db/types';
import { emptyFilter, type Filter } from '../../src/lib/query/filter';
import { expandRegions, regionTree } from '../../src/lib/query/regions';
import { regionLinks } from '../../src/lib/facts/region-links';
import { buildKpis, changeDirection } from '../../src/lib/query/kpi';
import {
	byActivityQuery,
	byRegionQuery,
	byUnitQuery,
	byYearQuery,
	kpiTotalsQuery,
	kpiYearsQuery,
	optionsQuery,
	placeholders,
	tablePageQuery,
	unitTopQuery,
	where } from '../../src/lib/query/sql';

const EVIL = "x'); DROP TABLE facts;--";
// Units lose inner whitespace when normalized (DOMAIN.md), so the hostile unit name in a file has none.
const EVIL_UNIT = "x');DROP/**/TABLE/**/facts;--";

const filter = (over: Partial<Filter> = {}): Filter => ({ ...emptyFilter(), ...over });

function allBuilders(f: Filter): BoundQuery[] {
	return [
		kpiTotalsQuery(f),
		kpiYearsQuery(f),
		byUnitQuery(f, 'participation'),
		unitTopQuery(f, 'participation', 10),
		byYearQuery(f, 'hazards'),
		byActivityQuery(f, 'media'),
		byRegionQuery(f, 'sessions'),
		tablePageQuery(f, { offset: 0, limit: 100, onlyOk: false })
	];
}

describe('SQL builders bind every value', () => {
	const hostile = filter({ years: [2021, 2022], regions: [EVIL, '南通市'], activities: [EVIL], unitSearch: EVIL, unit: EVIL, region: EVIL, activity: EVIL });

	test('user and file text only ever appears in params', () => {
		for (const q of allBuilders(hostile)) {
			expect(q.sql).not.toContain('DROP');
			expect(q.sql).not.toContain('南通市');
			expect(q.sql).not.toContain('2021');
			expect(q.params).toContain(EVIL);
			// One bound value per placeholder.
			expect(q.sql.split('?').length - 1).toBe(q.params.length);
		}
	});

	test('lists become generated placeholder lists; an empty filter binds nothing', () => {
		const w = where(hostile);
		expect(w.sql).toContain('year IN (?, ?)');
		expect(w.sql).toContain('region IN (?, ?)');
		expect(w.sql).toContain("status = 'ok'");
		expect(w.params.slice(0, 2)).toEqual([2021, 2022]);
		expect(placeholders(3)).toBe('?, ?, ?');
		expect(where(emptyFilter())).toEqual({ sql: "WHERE status = 'ok'", params: [] });
		expect(where(emptyFilter(), { allStatuses: true })).toEqual({ sql: '', params: [] });
	});

	test('the year comparison drops the year filter but keeps the others', () => {
		const f = filter({ years: [2022], regions: ['环县'] });
		expect(kpiTotalsQuery(f).params).toEqual([2022, '环县']);
		const q = kpiYearsQuery(f);
		expect(q.params).toEqual(['环县']);
		expect(q.sql).toContain('GROUP BY year');
		// The year picked is no part of it: the cards ask for it again only when the rest of the filter changes.
		expect(kpiYearsQuery(filter({ years: [2021], regions: ['环县'] }))).toEqual(q);
		// Years bind as integers on the derived tables (a JS number binds as DOUBLE).
		expect(where(filter({ years: [2022] }), { aggregated: true }).sql).toBe('WHERE year IN (CAST(? AS INTEGER))');
	});

	test('paging values are bound and sanitized', () => {
		const q = tablePageQuery(emptyFilter(), { offset: -5, limit: 0, onlyOk: true });
		expect(q.params).toEqual([1, 0]);
		expect(q.sql).toContain('LIMIT CAST(? AS BIGINT) OFFSET CAST(? AS BIGINT)');
	});
});

describe('regions nest by their names read from the start', () => {
	const all = ['南通市', '南通市如皋市', '南通市海安市', '南通市如皋市搬经镇', '宝坻区'];
	const links = regionLinks(all, []);

	test('children under their nearest parent', () => {
		const tree = regionTree(all, links);
		expect(tree.map((n) => n.name)).toEqual(['南通市', '宝坻区'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
		const nantong = tree.find((n) => n.name === '南通市')!;
		expect(nantong.children.map((c) => c.name).sort()).toEqual(['南通市如皋市', '南通市海安市'].sort());
		expect(nantong.children.find((c) => c.name === '南通市如皋市')!.children.map((c) => c.name)).toEqual(['南通市如皋市搬经镇']);
	});

	test('choosing a parent stands for its children', () => {
		expect(expandRegions(['南通市如皋市'], all, links).sort()).toEqual(['南通市如皋市', '南通市如皋市搬经镇'].sort());
		expect(expandRegions(['宝坻区'], all, links)).toEqual(['宝坻区']);
	});
});

/** A long table (shape C) as Excel on Chinese Windows would not write it: UTF-8 with BOM. */
function longCsv(rows: (string | number)[][]): Uint8Array {
	const text = '\uFEFF' + Papa.unparse([['年度', '地区', '单位', '活动', '指标', '数值'], ...rows]);
	return new TextEncoder().encode(text);
}

describe('queries on DuckDB-WASM with facts read from real CSV files', () => {
	let conn: DuckDBConnection;
	const run = (q: BoundQuery) => {
		const stmt = conn.prepare(q.sql);
		try {
			return stmt.query(...q.params).toArray().map((r) => r.toJSON() as Record<string, unknown>);
		} finally {
			stmt.close();
		}
	};
	const totalsOf = (f: Filter, opts = {}) => run(kpiTotalsQuery(f, opts))[0];

	// Two files report 2022 for 甲镇: the one imported later wins, the older one is superseded.
	const first = longCsv([
		[2021, '南通市如皋市', '甲镇', '6·16咨询日', '开展安全宣传咨询活动（场）', 3],
		[2021, '南通市如皋市', '甲镇', '6·16咨询日', '参与（人次）', 100],
		[2021, '南通市海安市', EVIL_UNIT, '应急演练', '开展灾害避险逃生、自救互救演练（场）', 2],
		[2021, '南通市海安市', EVIL_UNIT, '应急演练', '参与（人次）', 40],
		[2022, '南通市如皋市', '甲镇', '6·16咨询日', '参与（人次）', 999],
		[2022, '南通市如皋市', '甲镇', '6·16咨询日', '发放宣传资料（份）', 5000]
	]);
	const second = longCsv([
		[2022, '南通市如皋市', '甲镇', '6·16咨询日', '开展安全宣传咨询活动（场）', 5],
		[2022, '南通市如皋市', '甲镇', '6·16咨询日', '参与（人次）', 250],
		[2022, '宝坻区', '乙所', '应急演练', '参与（人次）', 60],
		// Not in the schema: stays visible as unmapped, never summed.
		[2022, '宝坻区', '乙所', '应急演练', '出动检查人员（人次）', 777]
	]);

	beforeAll(async () => {
		conn = await nodeDuckDB();
		const results = [processFile({ name: 'a.csv', bytes: first }), processFile({ name: 'b.csv', bytes: second })];
		for (const r of results) expect(r.error).toBeNull();
		const facts = resolveFilings(results);
		// As the browser loads a build: the three tables, then the pre-aggregated ones.
		loadTables(conn, tablesIPC(results, facts));
	});

	test('headline totals count only ok facts (no superseded, no unmapped)', () => {
		const t = totalsOf(emptyFilter());
		expect(t.participation).toBe(100 + 40 + 250 + 60);
		expect(t.sessions).toBe(3 + 2 + 5);
		expect(t.units).toBe(3);
		const statuses = run({ sql: 'SELECT status, COUNT(*) AS n FROM facts GROUP BY status ORDER BY status', params: [] });
		expect(statuses).toEqual([
			{ status: 'ok', n: 7 },
			{ status: 'superseded', n: 2 },
			{ status: 'unmapped', n: 1 }
		]);
		const [unmapped] = run({ sql: "SELECT label, value FROM facts WHERE status = 'unmapped'", params: [] });
		expect(unmapped.value).toBe(777);
		expect(String(unmapped.label)).toContain('出动检查人员（人次）');
	});

	test('latest year against the year before it', () => {
		const kpis = buildKpis(run(kpiTotalsQuery(emptyFilter()))[0], run(kpiYearsQuery(emptyFilter())), []);
		const p = kpis.find((k) => k.id === 'participation')!;
		// Raw: every unit of each year (甲镇 + the planted unit in 2021, 甲镇 + 乙所 in 2022) …
		expect(p.compare).toMatchObject({ year: 2022, prev: 2021, current: 310, previous: 140, unitsCurrent: 2, unitsPrevious: 2, bothYears: 1 });
		// … like for like: only 甲镇 reported in both years (250 against 100).
		expect(p.compare!.same).toEqual({ units: 1, current: 250, previous: 100 });
		expect(kpis.find((k) => k.id === 'units')!.compare!.same).toBeNull();
		const y2021 = filter({ years: [2021] });
		const only2021 = buildKpis(run(kpiTotalsQuery(y2021))[0], run(kpiYearsQuery(y2021)), [2021]);
		expect(only2021.find((k) => k.id === 'participation')).toMatchObject({ value: 140, compare: null });
	});

	test('a change that rounds to 0.0 % points nowhere', () => {
		expect(changeDirection(100, 100)).toBe('flat');
		expect(changeDirection(100.04, 100)).toBe('flat');
		expect(changeDirection(101, 100)).toBe('up');
		expect(changeDirection(99, 100)).toBe('down');
		expect(changeDirection(5, 0)).toBe('flat');
	});

	test('a hostile search string is just a string', () => {
		expect(totalsOf(filter({ unitSearch: EVIL }))).toMatchObject({ participation: null, units: 0 });
		expect(totalsOf(filter({ unitSearch: "x');drop" })).participation).toBe(40);
		expect(run(byUnitQuery(filter({ unit: EVIL_UNIT }), 'participation'))).toEqual([{ unit: EVIL_UNIT, year: 2021, value: 40 }]);
		expect(run({ sql: 'SELECT COUNT(*) AS n FROM facts', params: [] })[0].n).toBeGreaterThan(0);
	});

	test('regions: a parent chosen counts its children', () => {
		const all = ['南通市', '南通市如皋市', '南通市海安市', '宝坻区'];
		const regions = expandRegions(['南通市'], all, regionLinks(all, []));
		expect(totalsOf(filter({ regions: ['南通市'] }), { regions }).participation).toBe(390);
		const byRegion = run(byRegionQuery(emptyFilter(), 'participation'));
		expect(byRegion).toContainEqual({ region: '宝坻区', year: 2022, value: 60 });
	});

	test('per year, per activity, filter options and the data table', () => {
		expect(run(byYearQuery(emptyFilter(), 'participation'))).toEqual([
			{ year: 2021, value: 140 },
			{ year: 2022, value: 310 }
		]);
		const acts = run(byActivityQuery(emptyFilter(), 'participation'));
		expect(acts).toEqual([
			{ activity_id: 'consultation_day', value: 350 },
			{ activity_id: 'drills', value: 100 }
		]);
		const options = run(optionsQuery());
		expect(options.filter((o) => o.kind === 'year').map((o) => o.value).sort()).toEqual(['2021', '2022']);
		const page = run(tablePageQuery(emptyFilter(), { offset: 0, limit: 4, onlyOk: false }));
		expect(page).toHaveLength(4);
		expect(page[0].total).toBe(run({ sql: 'SELECT COUNT(*) AS n FROM facts', params: [] })[0].n);
		expect(page[0]).toMatchObject({ file: 'a.csv', sheet: '' });
		expect(typeof page[0].cell).toBe('string');
	});
});
