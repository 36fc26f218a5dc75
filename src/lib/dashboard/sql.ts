/**
 * Filter state → SQL with `?` placeholders and bound values. No value chosen
 * or typed by a user, and nothing read from a file, is ever pasted into the SQL
 * text: only column names and placeholders are. Only `status = 'ok'` facts
 * count in a measure (superseded and unmapped facts are never summed).
 */
import type { BoundQuery } from '../db/types';
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
	/** The query reads `agg` (ok facts only, already: no status column). */
	aggregated?: boolean;
}

export function where(filter: Filter, opts: WhereOptions = {}): { sql: string; params: Param[] } {
	const parts: string[] = [];
	const params: Param[] = [];
	if (!opts.allStatuses && !opts.aggregated) parts.push(`status = 'ok'`);
	const list = (column: string, values: readonly Param[]) => {
		if (values.length === 0) return;
		parts.push(`${column} IN (${placeholders(values.length)})`);
		params.push(...values);
	};
	if (!opts.ignoreYears) list('year', filter.years);
	list('region', opts.regions ?? filter.regions);
	list('activity_id', filter.activities);
	const search = filter.unitSearch.trim();
	if (search) {
		parts.push(`contains(lower(unit), lower(?))`);
		params.push(search);
	}
	if (filter.unit !== null) {
		parts.push('unit = ?');
		params.push(filter.unit);
	}
	if (filter.region !== null) {
		parts.push('region = ?');
		params.push(filter.region);
	}
	if (filter.activity !== null) {
		parts.push('activity_id = ?');
		params.push(filter.activity);
	}
	return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const measureSums = (Object.keys(MEASURES) as Measure[]).map((m) => `SUM(value) FILTER (WHERE family = '${MEASURES[m]}') AS ${m}`).join(', ');

/** Headline totals for the filter: ΣP, ΣH, ΣM, ΣS and distinct units reporting. */
export function kpiTotalsQuery(filter: Filter, opts: WhereOptions = {}): BoundQuery {
	const w = where(filter, { ...opts, aggregated: true });
	return { sql: `SELECT ${measureSums}, COUNT(DISTINCT unit) AS units FROM agg ${w.sql}`, params: w.params };
}

/** The same per year, without the year filter, so the latest year can be compared with the one before. */
export function kpiByYearQuery(filter: Filter, opts: WhereOptions = {}): BoundQuery {
	const w = where(filter, { ...opts, ignoreYears: true, aggregated: true });
	const cond = w.sql ? `${w.sql} AND year IS NOT NULL` : 'WHERE year IS NOT NULL';
	return { sql: `SELECT year, ${measureSums}, COUNT(DISTINCT unit) AS units FROM agg ${cond} GROUP BY year ORDER BY year`, params: w.params };
}

function measureWhere(filter: Filter, measure: Measure, opts: WhereOptions): { sql: string; params: Param[] } {
	const w = where(filter, opts);
	const sql = w.sql ? `${w.sql} AND family = ? AND value IS NOT NULL` : 'WHERE family = ? AND value IS NOT NULL';
	return { sql, params: [...w.params, MEASURES[measure]] };
}

/** A measure per unit and year (the unit chart folds the tail into 其他 itself). */
export function byUnitQuery(filter: Filter, measure: Measure, opts: WhereOptions = {}): BoundQuery {
	const w = measureWhere(filter, measure, { ...opts, aggregated: true });
	return { sql: `SELECT unit, year, SUM(value) AS value FROM agg ${w.sql} GROUP BY unit, year ORDER BY unit, year`, params: w.params };
}

/** The smallest table that answers a chart with no unit in it: `agg_regions` unless the filter names units. */
function chartTable(filter: Filter): string {
	return filter.unitSearch.trim() || filter.unit !== null ? 'agg' : 'agg_regions';
}

export function byYearQuery(filter: Filter, measure: Measure, opts: WhereOptions = {}): BoundQuery {
	const w = measureWhere(filter, measure, { ...opts, aggregated: true });
	return { sql: `SELECT year, SUM(value) AS value FROM ${chartTable(filter)} ${w.sql} GROUP BY year ORDER BY year NULLS LAST`, params: w.params };
}

export function byActivityQuery(filter: Filter, measure: Measure, opts: WhereOptions = {}): BoundQuery {
	const w = measureWhere(filter, measure, { ...opts, aggregated: true });
	return { sql: `SELECT activity_id, SUM(value) AS value FROM ${chartTable(filter)} ${w.sql} GROUP BY activity_id ORDER BY value DESC, activity_id`, params: w.params };
}

export function byRegionQuery(filter: Filter, measure: Measure, opts: WhereOptions = {}): BoundQuery {
	const w = measureWhere(filter, measure, { ...opts, aggregated: true });
	return { sql: `SELECT region, year, SUM(value) AS value FROM ${chartTable(filter)} ${w.sql} GROUP BY region, year ORDER BY region, year`, params: w.params };
}

export const TABLE_COLUMNS = ['file_id', 'file', 'sheet', 'cell', 'unit', 'region', 'year', 'activity_id', 'metric_id', 'value', 'approx', 'text', 'label', 'status'] as const;

/** One page of the filtered facts with their source; every status unless `onlyOk`. */
export function tablePageQuery(filter: Filter, page: { offset: number; limit: number; onlyOk: boolean }, opts: WhereOptions = {}): BoundQuery {
	const w = where(filter, { ...opts, allStatuses: !page.onlyOk, aggregated: false });
	return {
		// `ord` is the table's order (file, sheet, the cell's row number — A10 after A2 —, cell), computed once
		// at load (db/derived.ts): a page is a top-N on one integer; the count is its own cheap aggregate.
		sql: `SELECT ${TABLE_COLUMNS.join(', ')}, (SELECT COUNT(*) FROM facts ${w.sql}) AS total FROM facts ${w.sql} ORDER BY ord LIMIT ? OFFSET ?`,
		params: [...w.params, ...w.params, Math.max(1, Math.floor(page.limit)), Math.max(0, Math.floor(page.offset))]
	};
}

/** Values the filter controls offer (from the facts that count). */
export function optionsQuery(): BoundQuery {
	return {
		sql: `SELECT 'year' AS kind, CAST(year AS VARCHAR) AS value FROM agg WHERE year IS NOT NULL GROUP BY year
UNION ALL SELECT 'region', region FROM agg GROUP BY region
UNION ALL SELECT 'activity', activity_id FROM agg WHERE activity_id IS NOT NULL GROUP BY activity_id`,
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
	activityId?: string;
}

export const SOURCE_LIMIT = 1000;

const ORDER_BY_CELL = `ORDER BY file, sheet, TRY_CAST(regexp_extract(cell, '[0-9]+$') AS INTEGER), cell`;

/**
 * The facts behind a number: those the filter counts (status ok), of the
 * measure's family, narrowed to a chart item. Every row carries the count and
 * the sum of all matching facts, so the panel can show the total even past the limit.
 */
export function sourcesQuery(filter: Filter, measure: Measure, pick: SourcePick = {}, opts: WhereOptions = {}, limit = SOURCE_LIMIT): BoundQuery {
	const w = measureWhere(filter, measure, opts);
	const parts = [w.sql];
	const params: Param[] = [...w.params];
	if (pick.unit !== undefined) {
		parts.push('unit = ?');
		params.push(pick.unit);
	}
	if (pick.year !== undefined) {
		parts.push('year = ?');
		params.push(pick.year);
	}
	if (pick.region !== undefined) {
		parts.push('region = ?');
		params.push(pick.region);
	}
	if (pick.activityId !== undefined) {
		parts.push('activity_id = ?');
		params.push(pick.activityId);
	}
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
