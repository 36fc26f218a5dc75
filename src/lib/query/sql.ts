/**
 * Filter state → SQL with `?` placeholders and bound values. No value chosen
 * or typed by a user, and nothing read from a file, is ever pasted into the SQL
 * text: only column names and placeholders are. Only `status = 'ok'` facts
 * count in a measure (superseded and unmapped facts are never summed).
 */
import type { BoundQuery, Row } from '../db/types';
import { MEASURES, type Filter, type Measure } from './filter';

type Param = BoundQuery['params'][number];

/** `?, ?, ?` for a list of values. */
export function placeholders(n: number): string {
	return Array.from({ length: n }, () => '?').join(', ');
}

export interface WhereOptions {
	/** Leave the year filter out (to compare with the year before). */
	ignoreYears?: boolean;
	/** Keep every status (the data table shows superseded and unmapped facts too). */
	allStatuses?: boolean;
	/** Regions the chosen ones stand for (parents expanded to children); defaults to filter.regions. */
	regions?: string[];
	/** The regions the clicked region (filter.region) stands for (a region chart bar: it and the regions inside it); defaults to it alone. */
	pickedRegions?: string[];
	/**
	 * The query reads a derived table (db/derived.ts): no status column (its
	 * measures count ok facts only) and units as `unit_id`, matched through `unit_names`.
	 */
	aggregated?: boolean;
	/** Bind years as INTEGERs on `facts` too (always on the derived tables). */
	typedYears?: boolean;
}

/** `year IN (...)` with each value bound as an INTEGER: a JS number binds as DOUBLE, and a cast column defeats DuckDB's zone maps. */
const yearList = (n: number) => Array.from({ length: n }, () => 'CAST(? AS INTEGER)').join(', ');

export function where(filter: Filter, opts: WhereOptions = {}): { sql: string; params: Param[] } {
	const parts: string[] = [];
	const params: Param[] = [];
	if (!opts.allStatuses && !opts.aggregated) parts.push(`status = 'ok'`);
	const list = (column: string, values: readonly Param[]) => {
		if (values.length === 0) return;
		parts.push(`${column} IN (${column === 'year' && (opts.aggregated || opts.typedYears) ? yearList(values.length) : placeholders(values.length)})`);
		params.push(...values);
	};
	if (!opts.ignoreYears) list('year', filter.years);
	list('region', opts.regions ?? filter.regions);
	list('activity_id', filter.activities);
	const search = filter.unitSearch.trim();
	if (search) {
		parts.push(opts.aggregated ? `unit_id IN (SELECT unit_id FROM unit_names WHERE contains(lower(unit), lower(?)))` : `contains(lower(unit), lower(?))`);
		params.push(search);
	}
	if (filter.unit !== null) {
		parts.push(opts.aggregated ? 'unit_id IN (SELECT unit_id FROM unit_names WHERE unit = ?)' : 'unit = ?');
		params.push(filter.unit);
	}
	if (filter.region !== null) {
		if (opts.pickedRegions?.length) list('region', opts.pickedRegions);
		else {
			parts.push('region = ?');
			params.push(filter.region);
		}
	}
	if (filter.activity !== null) {
		parts.push('activity_id = ?');
		params.push(filter.activity);
	}
	return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** `WHERE a AND b` from a where clause (possibly empty) and more conditions. */
function and(w: string, ...conds: string[]): string {
	const parts = [w.replace(/^WHERE /, ''), ...conds].filter((p) => p !== '');
	return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

/** The smallest derived table with a unit: `agg_u` (no activity) unless the filter names activities. */
export function unitTable(filter: Filter): string {
	return filter.activities.length || filter.activity !== null ? 'agg_ua' : 'agg_u';
}

/** The smallest table that answers a chart with no unit in it: `agg_regions` unless the filter names units. */
function chartTable(filter: Filter): string {
	return filter.unitSearch.trim() || filter.unit !== null ? unitTable(filter) : 'agg_regions';
}

const measureSums = (Object.keys(MEASURES) as Measure[]).map((m) => `SUM(${m}) AS ${m}`).join(', ');

/** The headline totals under the filter: ΣP, ΣH, ΣM, ΣS and the distinct units reporting. */
export function kpiTotalsQuery(filter: Filter, opts: WhereOptions = {}): BoundQuery {
	const w = where(filter, { ...opts, aggregated: true });
	return { sql: `SELECT ${measureSums}, COUNT(DISTINCT unit_id) AS units FROM ${unitTable(filter)} ${and(w.sql, 'n_ok > 0')}`, params: w.params };
}

/**
 * The same per year, without the year filter (so the latest year can be
 * compared with the one before), and like for like: per year y, the measures
 * of the units that reported (an ok fact under the filter) both in y and in
 * y − 1 — this year's sums (`same_<measure>`), last year's (`prev_<measure>`)
 * and how many such units (`same_units`). A change over these says how
 * activity moved, not how many units sent their forms in. One pass over the
 * units' years for both; a year picked does not change it (KpiView asks again
 * only when the rest of the filter does).
 */
export function kpiYearsQuery(filter: Filter, opts: WhereOptions = {}): BoundQuery {
	const noYear = where(filter, { ...opts, ignoreYears: true, aggregated: true });
	const measures = Object.keys(MEASURES) as Measure[];
	return {
		sql: `WITH uy AS (SELECT unit_id, year, ${measureSums} FROM ${unitTable(filter)} ${and(noYear.sql, 'n_ok > 0', 'year IS NOT NULL')} GROUP BY unit_id, year),
per_year AS (SELECT year, ${measureSums}, COUNT(unit_id) AS units FROM uy GROUP BY year),
same AS (SELECT cur.year, COUNT(*) AS same_units, ${measures.map((m) => `SUM(cur.${m}) AS same_${m}, SUM(prev.${m}) AS prev_${m}`).join(', ')}
FROM uy cur JOIN uy prev ON prev.unit_id = cur.unit_id AND prev.year = cur.year - 1 GROUP BY cur.year)
SELECT per_year.*, ${['same_units', ...measures.flatMap((m) => [`same_${m}`, `prev_${m}`])].map((c) => `same.${c}`).join(', ')}
FROM per_year LEFT JOIN same ON same.year = per_year.year ORDER BY per_year.year`,
		params: noYear.params
	};
}

/** Every unit with the region its facts are in (the bulk region form lists them). */
export function unitRegionsQuery(): BoundQuery {
	return { sql: `SELECT unit, region, COUNT(*) AS facts FROM facts WHERE unit IS NOT NULL AND unit <> '' GROUP BY unit, region ORDER BY region, unit`, params: [] };
}

/** The measure's non-empty rows of a derived table under the filter. */
function measureWhere(filter: Filter, measure: Measure, opts: WhereOptions): { sql: string; params: Param[] } {
	const w = where(filter, { ...opts, aggregated: true });
	return { sql: and(w.sql, `${measure} IS NOT NULL`), params: w.params };
}

/** A measure per unit and year, every unit (what `unitTopQuery` cuts down to the units a chart can show). */
export function byUnitQuery(filter: Filter, measure: Measure, opts: WhereOptions = {}): BoundQuery {
	const w = measureWhere(filter, measure, opts);
	return {
		sql: `SELECT n.unit, a.year, a.value FROM (SELECT unit_id, year, SUM(${measure}) AS value FROM ${unitTable(filter)} ${w.sql} GROUP BY unit_id, year) a LEFT JOIN unit_names n ON a.unit_id = n.unit_id ORDER BY n.unit, a.year`,
		params: w.params
	};
}

/**
 * The unit chart's rows: per unit and year, the units that can make the top
 * `topN` by their total (every unit tied with the N-th comes too: the chart
 * breaks ties by name in the locale's order, which the database does not
 * know), or every unit when there are at most `topN + 1`; the other units
 * summed per year in rows with `rest` true. `units` is the number of units in all.
 */
export function unitTopQuery(filter: Filter, measure: Measure, topN: number, opts: WhereOptions = {}, focusYear: number | null = null): BoundQuery {
	const w = measureWhere(filter, measure, opts);
	const n = Math.max(1, Math.floor(topN));
	// Ranked as the chart shows them (chart/options.ts focusYears): by the focus year's value — the year asked
	// for if it has data, else the latest — then by the total; over fewer than two years, by the total.
	return {
		sql: `WITH uy AS (SELECT unit_id, year, SUM(${measure}) AS value FROM ${unitTable(filter)} ${w.sql} GROUP BY unit_id, year),
fy AS (SELECT CASE WHEN COUNT(DISTINCT year) < 2 THEN NULL WHEN bool_or(year = CAST(? AS INTEGER)) THEN CAST(? AS INTEGER) ELSE MAX(year) END AS y FROM uy WHERE year IS NOT NULL),
tot AS (SELECT unit_id, rank() OVER (ORDER BY SUM(CASE WHEN year = (SELECT y FROM fy) THEN value END) DESC NULLS LAST, SUM(value) DESC) AS rnk, COUNT(*) OVER () AS units FROM uy GROUP BY unit_id),
ranked AS (SELECT uy.unit_id, uy.year, uy.value, tot.units, tot.rnk <= CAST(? AS BIGINT) OR tot.units <= CAST(? AS BIGINT) AS keep FROM uy JOIN tot ON uy.unit_id IS NOT DISTINCT FROM tot.unit_id)
SELECT FALSE AS rest, n.unit, r.year, r.value, r.units FROM ranked r LEFT JOIN unit_names n ON r.unit_id = n.unit_id WHERE r.keep
UNION ALL (SELECT TRUE, NULL, year, SUM(value), ANY_VALUE(units) FROM ranked WHERE NOT keep GROUP BY year)
ORDER BY rest, unit, year`,
		params: [...w.params, focusYear, focusYear, n, n + 1]
	};
}

const yearOf = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** `unitTopQuery`'s rows → the units' rows and the rest (the arguments `unitChartOption` takes). */
export function splitUnitTopRows(rows: Row[]): {
	rows: { unit: string; year: number | null; value: number }[];
	rest: { count: number; rows: { year: number | null; value: number }[] };
} {
	const units = rows.filter((r) => !r.rest).map((r) => ({ unit: String(r.unit), year: yearOf(r.year), value: Number(r.value) }));
	const restRows = rows.filter((r) => r.rest).map((r) => ({ year: yearOf(r.year), value: Number(r.value) }));
	const total = rows.length ? Number(rows[0].units) : 0;
	return { rows: units, rest: { count: total - new Set(units.map((u) => u.unit)).size, rows: restRows } };
}

export function byYearQuery(filter: Filter, measure: Measure, opts: WhereOptions = {}): BoundQuery {
	const w = measureWhere(filter, measure, opts);
	return { sql: `SELECT year, SUM(${measure}) AS value FROM ${chartTable(filter)} ${w.sql} GROUP BY year ORDER BY year NULLS LAST`, params: w.params };
}

export function byActivityQuery(filter: Filter, measure: Measure, opts: WhereOptions = {}): BoundQuery {
	const w = measureWhere(filter, measure, opts);
	return { sql: `SELECT activity_id, SUM(${measure}) AS value FROM ${filter.unitSearch.trim() || filter.unit !== null ? 'agg_ua' : 'agg_regions'} ${w.sql} GROUP BY activity_id ORDER BY value DESC, activity_id`, params: w.params };
}

export function byRegionQuery(filter: Filter, measure: Measure, opts: WhereOptions = {}): BoundQuery {
	const w = measureWhere(filter, measure, opts);
	return { sql: `SELECT region, year, SUM(${measure}) AS value FROM ${chartTable(filter)} ${w.sql} GROUP BY region, year ORDER BY region, year`, params: w.params };
}

export const TABLE_COLUMNS = ['file_id', 'file', 'sheet', 'cell', 'unit', 'region', 'year', 'activity_id', 'metric_id', 'value', 'approx', 'text', 'label', 'status'] as const;

/** One page of the filtered facts with their source; every status unless `onlyOk`. */
export function tablePageQuery(filter: Filter, page: { offset: number; limit: number; onlyOk: boolean }, opts: WhereOptions = {}): BoundQuery {
	const w = where(filter, { ...opts, allStatuses: !page.onlyOk, aggregated: false, typedYears: true });
	// The count comes from the derived table (facts per status summed there), not from a scan of `facts`.
	const c = where(filter, { ...opts, aggregated: true });
	return {
		// `ord` is the table's order (file, sheet, the cell's row number — A10 after A2 —, cell), computed once
		// at load (db/arrow.ts): a page is a top-N on one integer.
		// The page's `ord`s are found first (a top-N over the filter's columns and `ord` only), then their
		// rows fetched: a top-N over every column would carry all the text of every matching fact.
		sql: `SELECT ${TABLE_COLUMNS.join(', ')}, (SELECT CAST(COALESCE(SUM(${page.onlyOk ? 'n_ok' : 'n_all'}), 0) AS BIGINT) FROM ${unitTable(filter)} ${c.sql}) AS total
FROM facts WHERE ord IN (SELECT ord FROM facts ${w.sql} ORDER BY ord LIMIT CAST(? AS BIGINT) OFFSET CAST(? AS BIGINT)) ORDER BY ord`,
		params: [...c.params, ...w.params, Math.max(1, Math.floor(page.limit)), Math.max(0, Math.floor(page.offset))]
	};
}

/** Values the filter controls offer (from the facts that count). */
export function optionsQuery(): BoundQuery {
	return {
		sql: `SELECT 'year' AS kind, CAST(year AS VARCHAR) AS value FROM agg_regions WHERE n_ok > 0 AND year IS NOT NULL GROUP BY year
UNION ALL SELECT 'region', region FROM agg_regions WHERE n_ok > 0 GROUP BY region
UNION ALL SELECT 'activity', activity_id FROM agg_regions WHERE n_ok > 0 AND activity_id IS NOT NULL GROUP BY activity_id`,
		params: []
	};
}

/** Columns the sources panel lists for each fact: where it was read, what it means, the text as written. */
export const SOURCE_COLUMNS = ['file_id', 'file', 'sheet', 'cell', 'unit', 'region', 'year', 'activity_id', 'metric_id', 'label', 'value', 'approx', 'text', 'raw', 'status'] as const;

/** One of the dimensions a chart item stands for (the chart's key). */
export interface SourcePick {
	unit?: string;
	year?: number;
	region?: string;
	/** The regions a region chart bar stands for (instead of `region`). */
	regions?: string[];
	activityId?: string;
	/** One metric of the measure's family (a figure of the 总结报告 draft). */
	metricId?: string;
}

export const SOURCE_LIMIT = 1000;

export const ORDER_BY_CELL = `ORDER BY file, sheet, TRY_CAST(regexp_extract(cell, '[0-9]+$') AS INTEGER), cell`;

/**
 * The facts behind a number: those the filter counts (status ok), of the
 * measure's family, narrowed to a chart item. Every row carries the count and
 * the sum of all matching facts, so the panel can show the total even past the limit.
 */
export function sourcesQuery(filter: Filter, measure: Measure, pick: SourcePick = {}, opts: WhereOptions = {}, limit = SOURCE_LIMIT): BoundQuery {
	const f = where(filter, { ...opts, aggregated: false });
	const w = { sql: and(f.sql, 'family = ?', 'value IS NOT NULL'), params: [...f.params, MEASURES[measure]] };
	const parts = [w.sql];
	const params: Param[] = [...w.params];
	/** `column = ?` bound to the value, when the pick names one. */
	const equal = (column: string, value: string | number | undefined) => {
		if (value === undefined) return;
		parts.push(`${column} = ?`);
		params.push(value);
	};
	equal('unit', pick.unit);
	equal('year', pick.year);
	if (pick.regions?.length) {
		parts.push(`region IN (${placeholders(pick.regions.length)})`);
		params.push(...pick.regions);
	} else equal('region', pick.region);
	equal('activity_id', pick.activityId);
	equal('metric_id', pick.metricId);
	return {
		sql: `SELECT ${SOURCE_COLUMNS.join(', ')}, COUNT(*) OVER () AS n, SUM(value) OVER () AS total FROM facts ${parts.join(' AND ')} ${ORDER_BY_CELL} LIMIT ?`,
		params: [...params, Math.max(1, Math.floor(limit))]
	};
}

/** A place in a file: the facts read from these cells (every status), e.g. a check's sources or a table row. */
export interface CellRef {
	fileId: string;
	sheet: string;
	cell: string;
}

export function cellsQuery(cells: readonly CellRef[], limit = SOURCE_LIMIT): BoundQuery {
	const list = cells.slice(0, 500);
	if (list.length === 0) return { sql: `SELECT ${SOURCE_COLUMNS.join(', ')}, 0 AS n, NULL AS total FROM facts WHERE false`, params: [] };
	return {
		sql: `SELECT ${SOURCE_COLUMNS.join(', ')}, COUNT(*) OVER () AS n, SUM(value) OVER () AS total FROM facts WHERE ${list.map(() => '(file_id = ? AND sheet = ? AND cell = ?)').join(' OR ')} ${ORDER_BY_CELL} LIMIT ?`,
		params: [...list.flatMap((c) => [c.fileId, c.sheet, c.cell]), Math.max(1, Math.floor(limit))]
	};
}
