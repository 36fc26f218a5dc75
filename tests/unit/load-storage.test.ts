/**
 * Where the browser's tables live (db/load.ts): DuckDB's plain in-memory
 * database for small loads (no ATTACH, no CHECKPOINT at the start), the
 * compressed store from the first big load on, for good. Run on DuckDB-WASM in
 * Node with the demo's real files: the same loads give the same tables either
 * way, and the move leaves nothing behind in the plain database.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { loadTables, nodeDuckDB } from '../../src/cli/report-pack';
import { processFile, resolveFilings } from '../../src/lib/pipeline';
import { tablesIPC } from '../../src/lib/db/arrow';
import { ipcBytes, loadSteps, storageFor, STORE_FROM_BYTES, type TablesIPC } from '../../src/lib/db/load';
import { DERIVED_TABLES } from '../../src/lib/db/derived';

const DEMO = 'static/demo';
const TABLES = ['facts', 'files', 'problems', ...DERIVED_TABLES];

function build(names: string[]): TablesIPC {
	const results = names.map((name) => processFile({ name, bytes: new Uint8Array(readFileSync(join(DEMO, name))) }));
	return tablesIPC(results, resolveFilings(results));
}

const rows = (conn: DuckDBConnection, sql: string) => conn.query(sql).toArray().map((r) => r.toJSON());
/** Every table's rows, in a fixed order. */
const contents = (conn: DuckDBConnection) => Object.fromEntries(TABLES.map((t) => [t, rows(conn, `SELECT * FROM ${t} ORDER BY ALL`)]));
const where = (conn: DuckDBConnection) => rows(conn, `SELECT database_name AS db, table_name AS t FROM duckdb_tables() ORDER BY ALL`);

describe('load storage', () => {
	const files = readdirSync(DEMO).filter((f) => /\.(xlsx|csv)$/.test(f)).sort();
	let some: TablesIPC;
	let all: TablesIPC;
	beforeAll(() => {
		some = build(files.slice(0, 3));
		all = build(files);
	});

	it('stays plain below the threshold, moves at it, never moves back', () => {
		expect(ipcBytes(all)).toBeGreaterThan(ipcBytes(some));
		expect(storageFor('plain', all)).toBe('plain');
		expect(STORE_FROM_BYTES).toBeGreaterThan(ipcBytes(all));
		expect(storageFor('plain', all, ipcBytes(all))).toBe('store');
		expect(storageFor('plain', some, ipcBytes(all))).toBe('plain');
		expect(storageFor('store', some)).toBe('store');
	});

	it('a plain load runs no ATTACH and no CHECKPOINT; a store load checkpoints every slice', () => {
		const plain = loadSteps(all, { from: 'plain', to: 'plain' }).flatMap((s) => ('sql' in s ? [s.sql] : [])).join(';');
		expect(plain).not.toMatch(/ATTACH|CHECKPOINT|USE /);
		const move = loadSteps(all, { from: 'plain', to: 'store' }).flatMap((s) => ('sql' in s ? [s.sql] : [])).join(';');
		expect(move).toMatch(/^DROP TABLE IF EXISTS facts;[\s\S]*ATTACH ':memory:' AS store \(COMPRESS\);\nUSE store;/);
		expect(move.match(/CHECKPOINT/g)).toHaveLength(all.facts.length + all.files.length + all.problems.length + 1);
	});

	it('gives the same tables plain and in the store, and the move leaves none in the plain database', async () => {
		const plain = await nodeDuckDB();
		loadTables(plain, some, { from: 'plain', to: 'plain' });
		loadTables(plain, all, { from: 'plain', to: 'plain' });
		expect(where(plain)).toEqual(TABLES.map((t) => ({ db: 'memory', t })).sort((a, b) => a.t.localeCompare(b.t)));

		const moved = await nodeDuckDB();
		loadTables(moved, some, { from: 'plain', to: 'plain' });
		loadTables(moved, all, { from: 'plain', to: 'store' });
		expect(where(moved)).toEqual(TABLES.map((t) => ({ db: 'store', t })).sort((a, b) => a.t.localeCompare(b.t)));
		expect(contents(moved)).toEqual(contents(plain));
		expect(contents(plain).facts.length).toBeGreaterThan(500);

		// Later loads replace the store's tables.
		loadTables(moved, some, { from: 'store', to: 'store' });
		const again = await nodeDuckDB();
		loadTables(again, some, { from: 'plain', to: 'plain' });
		expect(contents(moved)).toEqual(contents(again));
		expect(where(moved).every((r) => r.db === 'store')).toBe(true);
	});
});
