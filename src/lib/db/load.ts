/**
 * How a build's tables replace the loaded ones, as steps any DuckDB runs (the
 * browser's, asynchronously; Node's in the CLI and tests, blocking): each
 * table dropped, then created from its Arrow IPC slices — each slice followed by
 * a CHECKPOINT, which compresses it where the database compresses (the
 * browser's store for big loads) — or empty from its DDL; then the derived tables.
 */
import { FACT_COLUMNS, FILE_COLUMNS, PROBLEM_COLUMNS, createTableSql } from './columns';
import { DERIVED_TABLES, DERIVED_TABLES_SQL } from './derived';

/** The tables of one build as Arrow IPC streams; a table without rows has none. */
export interface TablesIPC {
	facts: Uint8Array[];
	files: Uint8Array[];
	problems: Uint8Array[];
}

export const NO_TABLES: TablesIPC = { facts: [], files: [], problems: [] };

export type LoadStep = { sql: string } | { table: string; ipc: Uint8Array; create: boolean };

const COLUMNS = { facts: FACT_COLUMNS, files: FILE_COLUMNS, problems: PROBLEM_COLUMNS } as const;

/**
 * Where the tables live. `plain`: DuckDB's in-memory database, as opened.
 * `store`: an in-memory database whose tables are compressed at each
 * CHECKPOINT (a million facts take ~20 MB instead of ~320 MB, and the
 * browser's WebAssembly memory never shrinks once grown). The browser starts
 * plain and moves to the store, for good, with its first load of at least
 * STORE_FROM_BYTES: attaching and compressing a store would only be more of
 * DuckDB to compile at the start (each of its functions is compiled on its
 * first call), for a demo or a few hundred forms.
 */
export type Storage = 'plain' | 'store';

export const STORE_FROM_BYTES = 8 * 1024 * 1024;

/** The total size of a build's IPC streams, in bytes. */
export function ipcBytes(tables: TablesIPC): number {
	return [...tables.facts, ...tables.files, ...tables.problems].reduce((n, ipc) => n + ipc.byteLength, 0);
}

/** Where a load goes from `current`: to the store once it is big enough, and never back. */
export function storageFor(current: Storage, tables: TablesIPC, storeFrom = STORE_FROM_BYTES): Storage {
	return current === 'store' || ipcBytes(tables) >= storeFrom ? 'store' : 'plain';
}

/** Every table a load makes dropped (the move to the store leaves none behind), then the store made the default. */
const MOVE_TO_STORE_SQL = [...Object.keys(COLUMNS), ...DERIVED_TABLES].map((t) => `DROP TABLE IF EXISTS ${t}`).concat(`ATTACH ':memory:' AS store (COMPRESS)`, 'USE store');

/**
 * The steps, statements that follow each other joined into one (each step is a
 * message to DuckDB's worker): into `to` from `from` (moving to the store
 * first if it is new); a CHECKPOINT after each slice only in the store. Node's
 * DuckDB (the CLI, the tests) takes the defaults: its one database stays where
 * it is and is checkpointed as the store is.
 */
export function loadSteps(tables: TablesIPC, { from = 'store', to = 'store' }: { from?: Storage; to?: Storage } = {}): LoadStep[] {
	const steps: LoadStep[] = [];
	const sql = (s: string) => {
		const last = steps[steps.length - 1];
		if (last && 'sql' in last) last.sql += `;\n${s}`;
		else steps.push({ sql: s });
	};
	const checkpoint = to === 'store';
	if (from === 'plain' && to === 'store') MOVE_TO_STORE_SQL.forEach(sql);
	for (const table of ['facts', 'files', 'problems'] as const) {
		sql(`DROP TABLE IF EXISTS ${table}`);
		const slices = tables[table];
		if (slices.length === 0) sql(createTableSql(table, COLUMNS[table]));
		slices.forEach((ipc, i) => {
			steps.push({ table, ipc, create: i === 0 });
			if (checkpoint) sql('CHECKPOINT');
		});
	}
	for (const s of DERIVED_TABLES_SQL) sql(s);
	if (checkpoint) sql('CHECKPOINT');
	return steps;
}
