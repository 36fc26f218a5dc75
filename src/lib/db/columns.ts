/**
 * The tables' columns and their DDL, apart from the Arrow builders (arrow.ts,
 * which only the build worker and the CLI run): the page needs these to
 * create empty tables.
 */
/** Columns of the facts table, in order (also the DDL of an empty table). */
export const FACT_COLUMNS = [
	['file_id', 'VARCHAR'],
	['file', 'VARCHAR'],
	['sheet', 'VARCHAR'],
	['cell', 'VARCHAR'],
	['unit', 'VARCHAR'],
	['region', 'VARCHAR'],
	['year', 'INTEGER'],
	['filed_on', 'VARCHAR'],
	['activity_id', 'VARCHAR'],
	['metric_id', 'VARCHAR'],
	['family', 'VARCHAR'],
	['value', 'DOUBLE'],
	['approx', 'BOOLEAN'],
	['text', 'VARCHAR'],
	['label', 'VARCHAR'],
	['raw', 'VARCHAR'],
	['status', 'VARCHAR'],
	['ord', 'INTEGER']
] as const;

export const FILE_COLUMNS = [
	['file_id', 'VARCHAR'],
	['file', 'VARCHAR'],
	['format', 'VARCHAR'],
	['status', 'VARCHAR'],
	['facts', 'INTEGER'],
	['unmapped', 'INTEGER'],
	['ignored', 'INTEGER'],
	['superseded', 'INTEGER'],
	['error_zh', 'VARCHAR'],
	['error_en', 'VARCHAR']
] as const;

export const PROBLEM_COLUMNS = [
	['file_id', 'VARCHAR'],
	['file', 'VARCHAR'],
	['level', 'VARCHAR'],
	['code', 'VARCHAR'],
	['zh', 'VARCHAR'],
	['en', 'VARCHAR'],
	['sheet', 'VARCHAR'],
	['cell', 'VARCHAR']
] as const;

/** `CREATE TABLE` for an empty table (an IPC stream of zero rows is not worth the edge cases). */
export function createTableSql(name: string, columns: readonly (readonly [string, string])[]): string {
	return `CREATE TABLE ${name} (${columns.map(([c, t]) => `"${c}" ${t}`).join(', ')})`;
}
