/**
 * The draft's SQL. `draftQueries` fetches, in six small queries, every figure
 * the draft may cite for every year under the filter (the year filter is left
 * out so the year before can be compared): per year, unit, region and metric
 * from the dashboard's own derived tables and `facts`, with the same `where`
 * as the charts. `tokenValueQuery` answers one token straight from `facts`
 * (what the tests hold the draft to) and `tokenSourcesQuery` lists the facts
 * behind it for the sources panel. Pure.
 */
import type { BoundQuery } from '../../db/types';
import { MEASURES, MEASURE_IDS, type Filter, type Measure } from '../../query/filter';
import { ORDER_BY_CELL, SOURCE_COLUMNS, SOURCE_LIMIT, sourcesQuery, unitTable, where, type WhereOptions } from '../../query/sql';
import type { TokenQuery } from './model';

type Param = BoundQuery['params'][number];

const sums = MEASURE_IDS.map((m) => `SUM(${m}) AS ${m}`).join(', ');

/** `WHERE a AND b` from a where clause (possibly empty) and more conditions. */
function and(w: string, ...conds: string[]): string {
	const parts = [w.replace(/^WHERE /, ''), ...conds].filter((p) => p !== '');
	return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

/** The families a metric paragraph names (flags and texts have no sum). */
const COUNTED_FAMILIES = ['P', 'S', 'H', 'M', 'C'];

/** The order of `draftQueries`' results. */
export const DRAFT_QUERY_NAMES = ['years', 'units', 'regions', 'metrics', 'statuses', 'unmappedLabels'] as const;

export function draftQueries(filter: Filter, opts: WhereOptions = {}): BoundQuery[] {
	const t = unitTable(filter);
	const agg = where(filter, { ...opts, ignoreYears: true, aggregated: true });
	const facts = where(filter, { ...opts, ignoreYears: true });
	const all = where(filter, { ...opts, ignoreYears: true, allStatuses: true });
	return [
		{ sql: `SELECT year, ${sums}, COUNT(DISTINCT unit_id) FILTER (WHERE n_ok > 0) AS units FROM ${t} ${agg.sql} GROUP BY year`, params: agg.params },
		{
			sql: `SELECT n.unit, a.* FROM (SELECT unit_id, year, ${sums} FROM ${t} ${agg.sql} GROUP BY unit_id, year) a LEFT JOIN unit_names n ON a.unit_id = n.unit_id`,
			params: agg.params
		},
		{ sql: `SELECT region, year, ${sums} FROM ${t} ${agg.sql} GROUP BY region, year`, params: agg.params },
		{
			sql: `SELECT year, activity_id, metric_id, family, SUM(value) AS value FROM facts ${and(facts.sql, `family IN (${COUNTED_FAMILIES.map(() => '?').join(', ')})`, 'value IS NOT NULL', 'metric_id IS NOT NULL')} GROUP BY year, activity_id, metric_id, family`,
			params: [...facts.params, ...COUNTED_FAMILIES]
		},
		{ sql: `SELECT year, status, COUNT(*) AS n FROM facts ${all.sql} GROUP BY year, status`, params: all.params },
		{
			sql: `SELECT year, label, COUNT(*) AS n FROM facts ${and(all.sql, `status = 'unmapped'`)} GROUP BY year, label QUALIFY row_number() OVER (PARTITION BY year ORDER BY COUNT(*) DESC, label) <= 3`,
			params: all.params
		}
	];
}

/** The filter's conditions with the token's year, status, family and pick. */
function tokenWhere(filter: Filter, q: TokenQuery, opts: WhereOptions): { sql: string; params: Param[] } {
	const w = where(filter, { ...opts, ignoreYears: true, allStatuses: true });
	const conds: string[] = ['status = ?'];
	const params: Param[] = [...w.params, q.agg === 'facts' ? (q.status ?? 'ok') : 'ok'];
	const eq = (col: string, v: Param | undefined) => {
		if (v === undefined) return;
		conds.push(`${col} = ?`);
		params.push(v);
	};
	if (q.year === null) conds.push('year IS NULL');
	else eq('year', q.year);
	if (q.measure) eq('family', MEASURES[q.measure as Measure]);
	eq('metric_id', q.metricId);
	eq('unit', q.unit);
	if (q.regions?.length) {
		conds.push(`region IN (${q.regions.map(() => '?').join(', ')})`);
		params.push(...q.regions);
	} else eq('region', q.region);
	eq('activity_id', q.activityId);
	if (q.agg === 'sum') conds.push('value IS NOT NULL');
	return { sql: and(w.sql, ...conds), params };
}

/** One row, `value`: the token's figure computed from `facts` alone. */
export function tokenValueQuery(filter: Filter, q: TokenQuery, opts: WhereOptions = {}): BoundQuery {
	const w = tokenWhere(filter, q, opts);
	const agg = q.agg === 'sum' ? 'SUM(value)' : q.agg === 'units' ? 'COUNT(DISTINCT unit)' : 'COUNT(*)';
	return { sql: `SELECT ${agg} AS value FROM facts ${w.sql}`, params: w.params };
}

/** The facts behind a token, as the sources panel lists them (a sum's through the charts' own `sourcesQuery`). */
export function tokenSourcesQuery(filter: Filter, q: TokenQuery, opts: WhereOptions = {}, limit = SOURCE_LIMIT): BoundQuery {
	if (q.agg === 'sum' && q.measure && q.year !== null) {
		const pick = { year: q.year, unit: q.unit, region: q.region, regions: q.regions, activityId: q.activityId, metricId: q.metricId };
		for (const k of Object.keys(pick) as (keyof typeof pick)[]) if (pick[k] === undefined) delete pick[k];
		return sourcesQuery({ ...filter, years: [] }, q.measure, pick, opts, limit);
	}
	const w = tokenWhere(filter, q, opts);
	return {
		sql: `SELECT ${SOURCE_COLUMNS.join(', ')}, COUNT(*) OVER () AS n, SUM(value) OVER () AS total FROM facts ${w.sql} ${ORDER_BY_CELL} LIMIT ?`,
		params: [...w.params, Math.max(1, Math.floor(limit))]
	};
}
