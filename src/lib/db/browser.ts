/**
 * DuckDB-WASM in the browser, bundled with the app: the wasm files and their
 * workers are Vite `?url` assets, so nothing is fetched from another origin.
 * The module itself is imported dynamically: importing it at the top level of
 * a prerendered route crashes `vite build`.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { FACT_COLUMNS, FILE_COLUMNS, PROBLEM_COLUMNS, createTableSql } from './columns';
import { DERIVED_TABLES_SQL } from './derived';
import type { BoundQuery, QueryRunner, Row } from './types';

/** The tables of one build, as Arrow IPC streams (facts in slices; see model/build.ts). */
export interface TablesIPC {
	facts: Uint8Array[];
	files: Uint8Array;
	fileCount: number;
	problems: Uint8Array;
	problemCount: number;
}

const EMPTY: TablesIPC = { facts: [], files: new Uint8Array(), fileCount: 0, problems: new Uint8Array(), problemCount: 0 };

export class BrowserDb implements QueryRunner {
	private statements = new Map<string, Promise<AsyncPreparedStatement>>();
	/** Serializes loads against queries so a chart never reads a half-replaced table. */
	private chain: Promise<unknown> = Promise.resolve();

	private constructor(
		readonly db: AsyncDuckDB,
		readonly conn: AsyncDuckDBConnection
	) {}

	static async open(): Promise<BrowserDb> {
		const duckdb = await import('@duckdb/duckdb-wasm');
		const bundle = await duckdb.selectBundle({
			mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
			eh: { mainModule: ehWasm, mainWorker: ehWorker }
		});
		const worker = new Worker(bundle.mainWorker!);
		const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
		await db.open({ query: { castBigIntToDouble: true } });
		const conn = await db.connect();
		// Never try to download an extension: the page must not leave its origin.
		await conn.query('SET autoload_known_extensions = false');
		await conn.query('SET autoinstall_known_extensions = false');
		// An in-memory database whose tables are compressed at each CHECKPOINT: a million facts take
		// ~20 MB instead of ~320 MB of the page's memory (WebAssembly memory never shrinks once grown).
		await conn.query(`ATTACH ':memory:' AS store (COMPRESS)`);
		await conn.query('USE store');
		const me = new BrowserDb(db, conn);
		await me.replaceAll(EMPTY);
		return me;
	}

	private serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.chain.then(task, task);
		this.chain = run.catch(() => undefined);
		return run;
	}

	query(q: BoundQuery): Promise<Row[]> {
		return this.serial(async () => {
			let stmt = this.statements.get(q.sql);
			if (!stmt) {
				stmt = this.conn.prepare(q.sql);
				this.statements.set(q.sql, stmt);
				stmt.catch(() => this.statements.delete(q.sql));
			}
			const table = await (await stmt).query(...q.params);
			return table.toArray().map((r) => r.toJSON() as Row);
		});
	}

	/** A table replaced by IPC slices, each compressed as soon as it is in (so memory never holds them all raw). */
	private async replace(name: string, slices: Uint8Array[], ddl: string): Promise<void> {
		// One round trip for the statements around the data (each costs a message to DuckDB's worker).
		await this.conn.query(`DROP TABLE IF EXISTS ${name};${slices.length === 0 ? ddl : ''}`);
		for (let i = 0; i < slices.length; i++) {
			await this.conn.insertArrowFromIPCStream(slices[i], { name, create: i === 0 });
			await this.conn.query('CHECKPOINT store');
		}
	}

	/** Replace the three tables with a build's (the resolved facts of every file now loaded). */
	replaceAll(tables: TablesIPC): Promise<void> {
		return this.serial(async () => {
			// Prepared statements refer to the old tables; drop them with the tables.
			const old = [...this.statements.values()];
			this.statements.clear();
			await Promise.all(old.map((s) => s.then((st) => st.close()).catch(() => undefined)));
			await this.replace('facts', tables.facts, createTableSql('facts', FACT_COLUMNS));
			await this.replace('files', tables.fileCount ? [tables.files] : [], createTableSql('files', FILE_COLUMNS));
			await this.replace('problems', tables.problemCount ? [tables.problems] : [], createTableSql('problems', PROBLEM_COLUMNS));
			await this.conn.query([...DERIVED_TABLES_SQL, 'CHECKPOINT store'].join(';\n'));
		});
	}
}
