/**
 * How a build's tables replace the loaded ones, as steps any DuckDB runs (the
 * browser's, asynchronously; Node's in the CLI and tests, blocking): each
 * table dropped, then created from its Arrow IPC slices — each slice followed by
 * a CHECKPOINT, which compresses it where the database compresses (the
 * browser's) — or empty from its DDL; then the derived tables.
 */
import { FACT_COLUMNS, FILE_COLUMNS, PROBLEM_COLUMNS, createTableSql } from './columns';
import { DERIVED_TABLES_SQL } from './derived';

/** The tables of one build as Arrow IPC streams; a table without rows has none. */
export interface TablesIPC {
	facts: Uint8Array[];
	files: Uint8Array[];
	problems: Uint8Array[];
}

export const NO_TABLES: TablesIPC = { facts: [], files: [], problems: [] };

export type LoadStep = { sql: string } | { table: string; ipc: Uint8Array; create: boolean };

const COLUMNS = { facts: FACT_COLUMNS, files: FILE_COLUMNS, problems: PROBLEM_COLUMNS } as const;

/** The steps, statements that follow each other joined into one (each step is a message to DuckDB's worker). */
export function loadSteps(tables: TablesIPC): LoadStep[] {
	const steps: LoadStep[] = [];
	const sql = (s: string) => {
		const last = steps[steps.length - 1];
		if (last && 'sql' in last) last.sql += `;\n${s}`;
		else steps.push({ sql: s });
	};
	for (const table of ['facts', 'files', 'problems'] as const) {
		sql(`DROP TABLE IF EXISTS ${table}`);
		const slices = tables[table];
		if (slices.length === 0) sql(createTableSql(table, COLUMNS[table]));
		slices.forEach((ipc, i) => {
			steps.push({ table, ipc, create: i === 0 });
			sql('CHECKPOINT');
		});
	}
	for (const s of DERIVED_TABLES_SQL) sql(s);
	sql('CHECKPOINT');
	return steps;
}
