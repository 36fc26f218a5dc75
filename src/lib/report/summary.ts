/**
 * Summary tables for the written report: for a headline measure, rows are
 * units, regions or activities, columns are years, with row and column totals
 * and the change of the latest year against the year before it.
 *
 * The SQL runs on the same `facts` table and with the same filter semantics as
 * the dashboard (query/sql.ts `where`: only status 'ok', values bound as
 * parameters). Totals come from the database too (GROUPING SETS), so a total in
 * the report is a DuckDB sum, never a re-addition of rounded cells. Turning the
 * rows into a table is pure, so the browser (DuckDB-WASM in a worker) and the
 * CLI (DuckDB-WASM in Node) build identical tables.
 */
import type { BoundQuery, QueryRunner, Row } from '../db/types';
import { where, type WhereOptions } from '../query/sql';
import { MEASURES, MEASURE_IDS, type Filter, type Measure } from '../query/filter';
import { rollRegions, type RegionLevel } from '../query/regions';
import { getActivity } from '../schema/index';
import { HEADLINE_NAMES } from '../schema/headline';

export type SummaryDim = 'unit' | 'region' | 'activity';
export const SUMMARY_DIMS: readonly SummaryDim[] = ['unit', 'region', 'activity'];

/** The facts column each dimension groups by (a fixed list: never user text). */
const DIM_COLUMN: Record<SummaryDim, string> = { unit: 'unit', region: 'region', activity: 'activity_id' };

export const MEASURE_ZH = Object.fromEntries(MEASURE_IDS.map((m) => [m, HEADLINE_NAMES[m].zh])) as Record<Measure, string>;
export const MEASURE_EN = Object.fromEntries(MEASURE_IDS.map((m) => [m, HEADLINE_NAMES[m].en])) as Record<Measure, string>;
export const DIM_ZH: Record<SummaryDim, string> = { unit: '单位', region: '地区', activity: '活动' };
export const DIM_EN: Record<SummaryDim, string> = { unit: 'Unit', region: 'Region', activity: 'Activity' };

/** Change of the latest year against the one before it; null parts when there is nothing to compare. */
export interface Change {
	/** current − previous; null when either year has no value. */
	abs: number | null;
	/** (current − previous) / previous × 100; null also when previous is 0. */
	pct: number | null;
}

export interface SummaryRow {
	/** The grouping value as stored (unit name, region name, activity id; '' or null when unknown). */
	key: string | null;
	/** The name shown (activity ids become their Chinese names; '' becomes 未知地区 …). */
	label: string;
	/** One value per column of `years`; null = nothing reported (blank stays blank, never 0). */
	values: (number | null)[];
	total: number | null;
	change: Change;
	/** A roster unit with nothing readable (未报): a blank row, and an empty slot on the table's chart. */
	gap?: boolean;
}

export interface SummaryTable {
	measure: Measure;
	dim: SummaryDim;
	/** Column years, ascending; null (year unknown) last when present. */
	years: (number | null)[];
	/** The two years compared (latest known year and the known year before it), or null. */
	compare: { year: number; prev: number } | null;
	/** Largest total first, then by name. */
	rows: SummaryRow[];
	/** The column totals (all rows), their grand total and its change. */
	totals: { values: (number | null)[]; total: number | null; change: Change };
}

/**
 * One measure by one dimension and year, with the row totals (per key), column
 * totals (per year) and the grand total as extra grouping sets. `gk` / `gy` say
 * which column a row aggregates over (1 = totalled), so a real NULL year or
 * region stays distinguishable from a total.
 */
export function summaryQuery(filter: Filter, measure: Measure, dim: SummaryDim, opts: WhereOptions = {}): BoundQuery {
	const w = where(filter, opts);
	const cond = w.sql ? `${w.sql} AND family = ? AND value IS NOT NULL` : 'WHERE family = ? AND value IS NOT NULL';
	const col = DIM_COLUMN[dim];
	return {
		sql: `SELECT ${col} AS key, year, SUM(value) AS value, GROUPING(${col}) AS gk, GROUPING(year) AS gy FROM facts ${cond} GROUP BY GROUPING SETS ((${col}, year), (${col}), (year), ())`,
		params: [...w.params, MEASURES[measure]]
	};
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const yearOf = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function yearOrder(a: number | null, b: number | null): number {
	if (a === null) return b === null ? 0 : 1;
	if (b === null) return -1;
	return a - b;
}

export function changeOf(current: number | null, previous: number | null): Change {
	if (current === null || previous === null) return { abs: null, pct: null };
	const abs = current - previous;
	return { abs, pct: previous === 0 ? null : (abs / Math.abs(previous)) * 100 };
}

export interface SummaryNames {
	/** Name of a row key; defaults to the Chinese names (activities from the schema). */
	nameOf?: (dim: SummaryDim, key: string | null) => string;
	/**
	 * The level of the region tree the region chart shows (query/regions.ts
	 * regionLevel): the region table's rows are then its bars — each region with
	 * everything inside it, a region's own units as its 本级 row — not every
	 * region flat (which counts a nested region twice over the levels).
	 */
	regionLevel?: RegionLevel;
	/** The 本级 row's name (its own units); Chinese by default. */
	ownLevel?: (region: string) => string;
}

/** The query's per-region rows (not its totals) summed into the level's bars (query/regions.ts rollRegions). */
function rolledRegionRows(rows: readonly Row[], level: RegionLevel): Row[] {
	const byRegion = rows.filter((r) => Number(r.gk) === 0);
	return [...rollRegions<Row>(byRegion, level, 'key', ['value']), ...rows.filter((r) => Number(r.gk) !== 0)];
}

export function defaultRowName(dim: SummaryDim, key: string | null): string {
	if (dim === 'activity') return key === null ? '未归类活动' : (getActivity(key)?.zh ?? key);
	if (key === null || key === '') return dim === 'region' ? '未知地区' : '未知单位';
	return key;
}

/** Query rows (as `summaryQuery` returns them) → a typed table. Pure. */
export function summaryTable(queryRows: readonly Row[], measure: Measure, dim: SummaryDim, names: SummaryNames = {}): SummaryTable {
	const level = dim === 'region' ? names.regionLevel : undefined;
	const rows = level ? rolledRegionRows(queryRows, level) : queryRows;
	const ownLevel = names.ownLevel ?? ((r: string) => `${r}（本级）`);
	const nameOf = (d: SummaryDim, key: string | null) => (level?.within != null && key === level.within ? ownLevel(key) : (names.nameOf ?? defaultRowName)(d, key));
	const cells = rows.filter((r) => Number(r.gk) === 0 && Number(r.gy) === 0);
	const years = [...new Set(cells.map((r) => yearOf(r.year)))].sort(yearOrder);
	const col = new Map(years.map((y, i) => [y, i]));
	const known = years.filter((y): y is number => y !== null);
	const compare = known.length >= 2 ? { year: known[known.length - 1], prev: known[known.length - 2] } : null;
	const changeIn = (values: (number | null)[]): Change =>
		compare ? changeOf(values[col.get(compare.year)!], values[col.get(compare.prev)!]) : { abs: null, pct: null };

	const byKey = new Map<string | null, SummaryRow>();
	const rowOf = (key: string | null) => {
		let row = byKey.get(key);
		if (!row) byKey.set(key, (row = { key, label: nameOf(dim, key), values: years.map(() => null), total: null, change: { abs: null, pct: null } }));
		return row;
	};
	const totals = { values: years.map((): number | null => null), total: null as number | null, change: { abs: null, pct: null } as Change };
	for (const r of rows) {
		const gk = Number(r.gk);
		const gy = Number(r.gy);
		const key = r.key === null || r.key === undefined ? null : String(r.key);
		const value = num(r.value);
		if (gk === 0 && gy === 0) rowOf(key).values[col.get(yearOf(r.year))!] = value;
		else if (gk === 0) rowOf(key).total = value;
		else if (gy === 0) {
			const c = col.get(yearOf(r.year));
			if (c !== undefined) totals.values[c] = value;
		} else totals.total = value;
	}
	const list = [...byKey.values()];
	for (const row of list) row.change = changeIn(row.values);
	totals.change = changeIn(totals.values);
	list.sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.label.localeCompare(b.label, 'zh-CN'));
	return { measure, dim, years, compare, rows: list, totals };
}

/** Every summary table of the report: the four headline measures × units, regions, activities. */
export const REPORT_TABLES: readonly { measure: Measure; dim: SummaryDim }[] = MEASURE_IDS.flatMap((measure) => SUMMARY_DIMS.map((dim) => ({ measure, dim })));

/** Runs and builds the given tables (all of the report's by default) through any query runner. */
export async function runSummaries(
	runner: QueryRunner,
	filter: Filter,
	opts: WhereOptions = {},
	which: readonly { measure: Measure; dim: SummaryDim }[] = REPORT_TABLES,
	names: SummaryNames = {}
): Promise<SummaryTable[]> {
	const out: SummaryTable[] = [];
	for (const { measure, dim } of which) out.push(summaryTable(await runner.query(summaryQuery(filter, measure, dim, opts)), measure, dim, names));
	return out;
}

export function summaryTitle(t: Pick<SummaryTable, 'measure' | 'dim'>): string {
	return `${MEASURE_ZH[t.measure]}（按${DIM_ZH[t.dim]}）`;
}

/** Column headers of a summary table as shown (Chinese). */
export function summaryHeaders(t: SummaryTable): string[] {
	const cmp = t.compare;
	return [
		DIM_ZH[t.dim],
		...t.years.map((y) => (y === null ? '年度不详' : `${y}年`)),
		'合计',
		cmp ? `${cmp.year}年比${cmp.prev}年增减` : '同比增减',
		cmp ? `${cmp.year}年比${cmp.prev}年增减（%）` : '同比增减（%）'
	];
}
