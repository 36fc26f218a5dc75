/**
 * Which DuckDB build this browser runs, and its worker started at once: the
 * worker script and then the ~34 MB wasm it fetches and compiles are the
 * longest step of the start, so the worker is created before DuckDB's own
 * module is imported (its selectBundle is async and sits behind that import).
 * The workers and wasm files are Vite `?url` assets, served with the app.
 */
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/** The smallest module using wasm exceptions: the test @duckdb/duckdb-wasm's selectBundle makes to pick the eh build. */
const EXCEPTIONS_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

export interface StartedWorker {
	worker: Worker;
	/** The wasm's URL, for DuckDB's instantiate. */
	mainModule: string;
}

export function startDuckDBWorker(): StartedWorker {
	const eh = WebAssembly.validate(EXCEPTIONS_PROBE);
	const mainModule = eh ? ehWasm : mvpWasm;
	// The wasm's URL after `#`: the (patched) worker fetches and compiles it as soon as its script runs.
	return { worker: new Worker(`${eh ? ehWorker : mvpWorker}#${encodeURIComponent(mainModule)}`), mainModule };
}
