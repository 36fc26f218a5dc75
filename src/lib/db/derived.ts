/**
 * A table derived from `facts` right after it is loaded, so a filter change
 * only runs cheap queries: `agg` holds the facts that count (status 'ok')
 * summed per year, region, unit, activity and family; every card, chart and
 * filter option reads it (a fraction of the rows of `facts`); `agg_regions`
 * drops the unit too. (The data
 * table's order is the `ord` column, computed with the Arrow table: arrow.ts.)
 * The statements run in order on any DuckDB (the browser's, Node's in tests).
 */
export const DERIVED_TABLES_SQL: readonly string[] = [
	'DROP TABLE IF EXISTS agg',
	`CREATE TABLE agg AS SELECT year, region, unit, activity_id, family, SUM(value) AS value FROM facts WHERE status = 'ok' GROUP BY year, region, unit, activity_id, family`,
	// The same without the unit (a few thousand rows): the year, activity and region charts when no unit is filtered.
	'DROP TABLE IF EXISTS agg_regions',
	'CREATE TABLE agg_regions AS SELECT year, region, activity_id, family, SUM(value) AS value FROM agg GROUP BY year, region, activity_id, family'
];
