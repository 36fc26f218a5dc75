/**
 * DuckDB-WASM in the browser, bundled with the app: the wasm files and their
 * workers are Vite `?url` assets (wasm-bundle.ts), so nothing is fetched from
 * another origin. The module itself is imported dynamically: importing it at
 * the top level of a prerendered route crashes `vite build`.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import { startDuckDBWorker } from './wasm-bundle';
import { NO_TABLES, loadSteps, storageFor, type Storage, type TablesIPC } from './load';
import type { BoundQuery, QueryRunner, Row } from './types';

export class BrowserDb implements QueryRunner {
	private statements = new Map<string, Promise<AsyncPreparedStatement>>();
	/** Serializes loads against queries so a chart never reads a half-replaced table. */
	private chain: Promise<unknown> = Promise.resolve();
	/**
	 * Whether the tables exist. They are created by the first load, or empty by
	 * the first query that comes before any load: at start a load (the demo or
	 * the stored workspace) usually follows at once, and empty tables made
	 * first (~0.15 s of the start) would only be dropped again.
	 */
	private loaded = false;
	/** Where the tables live (db/load.ts: plain at first, the compressed store once a load is big). */
	private storage: Storage = 'plain';

	private constructor(
		readonly db: AsyncDuckDB,
		readonly conn: AsyncDuckDBConnection
	) {}

	static async open(): Promise<BrowserDb> {
		performance.mark('db:worker');
		const { worker, mainModule } = startDuckDBWorker();
		const duckdb = await import('@duckdb/duckdb-wasm');
		const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
		await db.instantiate(mainModule);
		performance.mark('db:instantiated');
		await db.open({ query: { castBigIntToDouble: true } });
		const conn = await db.connect();
		// Never try to download an extension: the page must not leave its origin.
		await conn.query(`SET autoload_known_extensions = false; SET autoinstall_known_extensions = false`);
		performance.mark('db:open');
		return new BrowserDb(db, conn);
	}

	private serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.chain.then(task, task);
		this.chain = run.catch(() => undefined);
		return run;
	}

	query(q: BoundQuery): Promise<Row[]> {
		return this.serial(async () => {
			if (!this.loaded) await this.load(NO_TABLES);
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

	/** Replace the three tables with a build's (the resolved facts of every file now loaded). */
	replaceAll(tables: TablesIPC): Promise<void> {
		return this.serial(() => this.load(tables));
	}

	private async load(tables: TablesIPC): Promise<void> {
		// Prepared statements refer to the old tables; drop them with the tables.
		const old = [...this.statements.values()];
		this.statements.clear();
		await Promise.all(old.map((s) => s.then((st) => st.close()).catch(() => undefined)));
		const to = storageFor(this.storage, tables);
		for (const step of loadSteps(tables, { from: this.storage, to })) {
			if ('sql' in step) await this.conn.query(step.sql);
			else await this.conn.insertArrowFromIPCStream(step.ipc, { name: step.table, create: step.create });
		}
		this.storage = to;
		this.loaded = true;
	}
}
