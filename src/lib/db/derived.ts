/**
 * Tables derived from `facts` right after it is loaded, so a filter change
 * only runs cheap queries on small tables (a million facts → ~15k rows):
 *
 * - `unit_names`: each unit's name once, with an integer `unit_id`, so the
 *   aggregates group and count integers, not strings.
 * - `agg_ua`: per year, region, unit and activity, the four headline measures
 *   summed over the facts that count (status 'ok'; NULL when there is no such
 *   value, as SUM over nothing), the number of facts of every status (`n_all`,
 *   the data table's count) and of ok facts (`n_ok`: a unit reports when > 0).
 * - `agg_u`: the same without the activity (the tables used when no activity
 *   is filtered: one row per unit, year and region).
 * - `agg_regions`: the same without the unit (year, activity and region charts
 *   when no unit is filtered; the filter options).
 *
 * (The data table's order is the `ord` column, computed with the Arrow table: arrow.ts.)
 * The statements run in order on any DuckDB (the browser's, Node's in tests).
 */
import { MEASURES, type Measure } from '../schema/headline';

const MEASURE_IDS = Object.keys(MEASURES) as Measure[];

/** `SUM(x) AS x` for each measure column (re-aggregating a wide table). */
const resum = MEASURE_IDS.map((m) => `SUM(${m}) AS ${m}`).join(', ');

/** The derived tables, in the order they are dropped. */
export const DERIVED_TABLES = ['agg_ua', 'agg_u', 'agg_regions', 'unit_names'] as const;

export const DERIVED_TABLES_SQL: readonly string[] = [
	...DERIVED_TABLES.map((t) => `DROP TABLE IF EXISTS ${t}`),
	'DROP TABLE IF EXISTS agg_by_name',
	// Grouped by the unit's name first (one pass over `facts`), then the names numbered and swapped for their numbers.
	`CREATE TEMP TABLE agg_by_name AS SELECT year, region, unit, activity_id, ${MEASURE_IDS.map((m) => `SUM(value) FILTER (WHERE status = 'ok' AND family = '${MEASURES[m]}') AS ${m}`).join(', ')}, COUNT(*) AS n_all, COUNT(*) FILTER (WHERE status = 'ok') AS n_ok FROM facts GROUP BY year, region, unit, activity_id`,
	`CREATE TABLE unit_names AS SELECT unit, CAST(row_number() OVER (ORDER BY unit) AS INTEGER) AS unit_id FROM (SELECT DISTINCT unit FROM agg_by_name WHERE unit IS NOT NULL)`,
	`CREATE TABLE agg_ua AS SELECT a.year, a.region, n.unit_id, a.activity_id, ${MEASURE_IDS.join(', ')}, n_all, n_ok FROM agg_by_name a LEFT JOIN unit_names n ON a.unit = n.unit`,
	'DROP TABLE agg_by_name',
	`CREATE TABLE agg_u AS SELECT year, region, unit_id, ${resum}, CAST(SUM(n_all) AS BIGINT) AS n_all, CAST(SUM(n_ok) AS BIGINT) AS n_ok FROM agg_ua GROUP BY year, region, unit_id`,
	`CREATE TABLE agg_regions AS SELECT year, region, activity_id, ${resum}, CAST(SUM(n_all) AS BIGINT) AS n_all, CAST(SUM(n_ok) AS BIGINT) AS n_ok FROM agg_ua GROUP BY year, region, activity_id`
];
